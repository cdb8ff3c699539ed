// StateStore: what fetch has fetched before, in SQLite (WAL mode), so a cron run only
// fetches what is new or changed: per URL the last fetch time, status, ETag and
// Last-Modified (for conditional GET) and a hash of the body. A lock file next to the
// database keeps two runs from working on it at once.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "common/status.h"

struct sqlite3;

namespace newsclaims::fetch {

struct PageState {
  std::string url;  // normalised URL (the key)
  std::string final_url;
  int status = 0;
  long long fetched_at = 0;  // Unix seconds
  std::string etag, last_modified, content_hash;
  bool feed = false;  // a feed or sitemap: always re-read (conditionally)
};

// Consecutive failures of one URL, so a cron run does not request a page that keeps
// failing (a 404, a page that is not HTML) every time: the next try waits longer after
// each failure (RetryDelay), and a success clears the record.
struct FailureState {
  int count = 0;             // consecutive failures
  long long last_at = 0;     // Unix seconds of the last failure
  long long retry_at = 0;    // not requested again before this (Unix seconds)
  std::string code;          // the last error code ("http_status", "not_html", ...)
};

// Options of a StateStore session.
struct StateOptions {
  bool wait = false;        // wait for another run's lock instead of failing
  std::string pending_run;  // when set, rows are written as pending for this run and only
                            // count once CommitRun() confirms it (see `newsclaims run`)
};

class StateStore {
 public:
  StateStore() = default;
  ~StateStore();
  StateStore(const StateStore&) = delete;
  StateStore& operator=(const StateStore&) = delete;

  // Opens (creating) the database at `path` and takes the run lock: with `wait` the call
  // blocks until another run releases it, otherwise it fails with "locked".
  Status Open(const std::string& path, bool wait) { return Open(path, StateOptions{wait, ""}); }
  Status Open(const std::string& path, const StateOptions& options);
  std::optional<PageState> Get(const std::string& url) const;
  // Inserts or replaces the state of one URL; committed at once, so a killed run keeps it.
  Status Put(const PageState& state);

  // The failure record of `url`, if it has failed since its last success.
  std::optional<FailureState> GetFailure(const std::string& url) const;
  // Counts one more failure of `url` at `now` and schedules its next try.
  Status PutFailure(const std::string& url, const std::string& code, long long now);
  // Forgets the failures of `url` (it was fetched).
  Status ClearFailure(const std::string& url);
  // Seconds to wait after `count` consecutive failures: one hour, doubling, at most 30 days.
  static long long RetryDelay(int count);

  // Makes the rows written as pending for `run_id` count (called after the run's output is
  // safely written). Opens the database without taking the run lock.
  static Status CommitRun(const std::string& path, const std::string& run_id);

  // The default database path: $XDG_DATA_HOME/newsclaims/state.db, else
  // ~/.local/share/newsclaims/state.db.
  static std::string DefaultPath();

 private:
  sqlite3* db_ = nullptr;
  int lock_fd_ = -1;
  std::string pending_run_;
};

}  // namespace newsclaims::fetch
