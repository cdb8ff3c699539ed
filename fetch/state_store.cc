#include "fetch/state_store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace newsclaims::fetch {
namespace {

std::string Column(sqlite3_stmt* st, int i) {
  const unsigned char* t = sqlite3_column_text(st, i);
  return t ? reinterpret_cast<const char*>(t) : "";
}

}  // namespace

StateStore::~StateStore() {
  if (db_) sqlite3_close(db_);
  if (lock_fd_ >= 0) close(lock_fd_);  // releases the flock
}

std::string StateStore::DefaultPath() {
  const char* xdg = std::getenv("XDG_DATA_HOME");
  std::string base = xdg && *xdg ? xdg : std::string(std::getenv("HOME") ? std::getenv("HOME") : ".") + "/.local/share";
  return base + "/newsclaims/state.db";
}

Status StateStore::Open(const std::string& path, const StateOptions& options) {
  bool wait = options.wait;
  pending_run_ = options.pending_run;
  std::error_code ec;
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  lock_fd_ = open((path + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd_ < 0) return Status::IOError("cannot open lock file " + path + ".lock");
  if (flock(lock_fd_, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0)
    return Status::Error("locked", "another newsclaims run is using " + path +
                                       " (use --wait to queue behind it)");
  if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK)
    return Status::IOError("cannot open state database " + path + ": " + sqlite3_errmsg(db_));
  sqlite3_busy_timeout(db_, 10000);
  const char* schema =
      "PRAGMA journal_mode=WAL;"
      "PRAGMA synchronous=NORMAL;"
      "CREATE TABLE IF NOT EXISTS pages ("
      "  url TEXT PRIMARY KEY, final_url TEXT, status INTEGER, fetched_at INTEGER,"
      "  etag TEXT, last_modified TEXT, content_hash TEXT, feed INTEGER DEFAULT 0, pending TEXT);"
      "CREATE TABLE IF NOT EXISTS failures ("
      "  url TEXT PRIMARY KEY, count INTEGER, last_at INTEGER, retry_at INTEGER, code TEXT);";
  char* err = nullptr;
  if (sqlite3_exec(db_, schema, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::IOError("state database " + path + ": " + msg);
  }
  return Status::OK();
}

std::optional<PageState> StateStore::Get(const std::string& url) const {
  if (!db_) return std::nullopt;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db_,
                     "SELECT final_url, status, fetched_at, etag, last_modified, content_hash, feed FROM pages"
                     " WHERE url=? AND (pending IS NULL OR pending=?)",
                     -1, &st, nullptr);
  sqlite3_bind_text(st, 1, url.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 2, pending_run_.c_str(), -1, SQLITE_TRANSIENT);
  std::optional<PageState> out;
  if (sqlite3_step(st) == SQLITE_ROW) {
    PageState s;
    s.url = url;
    s.final_url = Column(st, 0);
    s.status = sqlite3_column_int(st, 1);
    s.fetched_at = sqlite3_column_int64(st, 2);
    s.etag = Column(st, 3);
    s.last_modified = Column(st, 4);
    s.content_hash = Column(st, 5);
    s.feed = sqlite3_column_int(st, 6) != 0;
    out = s;
  }
  sqlite3_finalize(st);
  return out;
}

Status StateStore::Put(const PageState& s) {
  if (!db_) return Status::OK();
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db_,
                     "INSERT OR REPLACE INTO pages(url, final_url, status, fetched_at, etag, last_modified, content_hash, feed,"
                     " pending) VALUES(?,?,?,?,?,?,?,?,?)",
                     -1, &st, nullptr);
  sqlite3_bind_text(st, 1, s.url.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 2, s.final_url.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int(st, 3, s.status);
  sqlite3_bind_int64(st, 4, s.fetched_at);
  sqlite3_bind_text(st, 5, s.etag.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 6, s.last_modified.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 7, s.content_hash.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int(st, 8, s.feed ? 1 : 0);
  if (pending_run_.empty()) sqlite3_bind_null(st, 9);
  else sqlite3_bind_text(st, 9, pending_run_.c_str(), -1, SQLITE_TRANSIENT);
  int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return Status::IOError(std::string("state database write failed: ") + sqlite3_errmsg(db_));
  return Status::OK();
}

long long StateStore::RetryDelay(int count) {
  const long long kHour = 3600, kMax = 30 * 24 * kHour;
  if (count <= 0) return 0;
  if (count > 12) return kMax;
  return std::min(kHour << (count - 1), kMax);
}

std::optional<FailureState> StateStore::GetFailure(const std::string& url) const {
  if (!db_) return std::nullopt;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db_, "SELECT count, last_at, retry_at, code FROM failures WHERE url=?", -1, &st, nullptr);
  sqlite3_bind_text(st, 1, url.c_str(), -1, SQLITE_TRANSIENT);
  std::optional<FailureState> out;
  if (sqlite3_step(st) == SQLITE_ROW) {
    FailureState f;
    f.count = sqlite3_column_int(st, 0);
    f.last_at = sqlite3_column_int64(st, 1);
    f.retry_at = sqlite3_column_int64(st, 2);
    f.code = Column(st, 3);
    out = f;
  }
  sqlite3_finalize(st);
  return out;
}

Status StateStore::PutFailure(const std::string& url, const std::string& code, long long now) {
  if (!db_) return Status::OK();
  int count = 1;
  if (auto f = GetFailure(url)) count = f->count + 1;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db_, "INSERT OR REPLACE INTO failures(url, count, last_at, retry_at, code) VALUES(?,?,?,?,?)", -1,
                     &st, nullptr);
  sqlite3_bind_text(st, 1, url.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int(st, 2, count);
  sqlite3_bind_int64(st, 3, now);
  sqlite3_bind_int64(st, 4, now + RetryDelay(count));
  sqlite3_bind_text(st, 5, code.c_str(), -1, SQLITE_TRANSIENT);
  int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return Status::IOError(std::string("state database write failed: ") + sqlite3_errmsg(db_));
  return Status::OK();
}

Status StateStore::ClearFailure(const std::string& url) {
  if (!db_) return Status::OK();
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db_, "DELETE FROM failures WHERE url=?", -1, &st, nullptr);
  sqlite3_bind_text(st, 1, url.c_str(), -1, SQLITE_TRANSIENT);
  int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return Status::IOError(std::string("state database write failed: ") + sqlite3_errmsg(db_));
  return Status::OK();
}

Status StateStore::CommitRun(const std::string& path, const std::string& run_id) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return Status::IOError("cannot open state database " + path);
  }
  sqlite3_busy_timeout(db, 30000);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "UPDATE pages SET pending=NULL WHERE pending=?", -1, &st, nullptr);
  sqlite3_bind_text(st, 1, run_id.c_str(), -1, SQLITE_TRANSIENT);
  int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return rc == SQLITE_DONE ? Status::OK() : Status::IOError("cannot commit the run in " + path);
}

}  // namespace newsclaims::fetch
