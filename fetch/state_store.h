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
