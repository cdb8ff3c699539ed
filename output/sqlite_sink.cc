// The SQLite format: articles, entities, attributions, claims and failures, upserted by
// stable ids so loading the same records twice changes nothing.
#include <sqlite3.h>

#include "output/claim_line.h"
#include "output/sinks.h"

namespace newsclaims::output {
namespace {

const char* kSchema = R"SQL(
PRAGMA journal_mode=WAL;
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, url TEXT, title TEXT, site TEXT, published TEXT, language TEXT,
  authors TEXT, text TEXT);
CREATE TABLE IF NOT EXISTS entities (
  article_id TEXT NOT NULL, entity_id TEXT NOT NULL, type TEXT, name TEXT, aliases TEXT, roles TEXT,
  mentions INTEGER, PRIMARY KEY (article_id, entity_id));
CREATE TABLE IF NOT EXISTS attributions (
  article_id TEXT NOT NULL, idx INTEGER NOT NULL, source TEXT, cue TEXT, content TEXT, quote TEXT,
  source_type TEXT, source_name TEXT, PRIMARY KEY (article_id, idx));
CREATE TABLE IF NOT EXISTS claims (
  claim_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, type TEXT, trigger TEXT, trigger_start INTEGER,
  trigger_end INTEGER, actor TEXT, actor_name TEXT, target TEXT, target_name TEXT, content TEXT,
  negated INTEGER, hypothetical INTEGER, source_type TEXT, source_text TEXT, quote TEXT, sentence TEXT,
  url TEXT, title TEXT, site TEXT, published TEXT);
CREATE TABLE IF NOT EXISTS failures (
  id TEXT PRIMARY KEY, url TEXT, stage TEXT, code TEXT, message TEXT);
CREATE INDEX IF NOT EXISTS claims_type ON claims(type);
CREATE INDEX IF NOT EXISTS claims_actor ON claims(actor_name);
CREATE INDEX IF NOT EXISTS claims_target ON claims(target_name);
CREATE INDEX IF NOT EXISTS claims_published ON claims(published);
CREATE INDEX IF NOT EXISTS claims_site ON claims(site);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
)SQL";

class Statement {
 public:
  Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &st_, nullptr); }
  ~Statement() { sqlite3_finalize(st_); }
  Statement& Bind(int i, const Json& v) {
    if (v.is_null()) sqlite3_bind_null(st_, i);
    else if (v.is_boolean()) sqlite3_bind_int(st_, i, v.get<bool>() ? 1 : 0);
    else if (v.is_number_integer()) sqlite3_bind_int64(st_, i, v.get<long long>());
    else if (v.is_string()) sqlite3_bind_text(st_, i, v.get_ref<const std::string&>().c_str(), -1, SQLITE_TRANSIENT);
    else {
      std::string s = v.dump();
      sqlite3_bind_text(st_, i, s.c_str(), -1, SQLITE_TRANSIENT);
    }
    return *this;
  }
  bool Run() {
    int rc = sqlite3_step(st_);
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
    return rc == SQLITE_DONE;
  }

 private:
  sqlite3_stmt* st_ = nullptr;
};

Json Get(const Json& r, const char* key) {
  auto it = r.find(key);
  return it == r.end() ? Json(nullptr) : *it;
}

Json SpanText(const Json& span) { return span.is_object() ? Get(span, "text") : Json(nullptr); }

class SqliteSink : public Sink {
 public:
  Status Open(const std::string& path) {
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) return Status::IOError("cannot open database " + path);
    sqlite3_busy_timeout(db_, 10000);
    char* err = nullptr;
    if (sqlite3_exec(db_, kSchema, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "";
      sqlite3_free(err);
      return Status::IOError("database " + path + ": " + msg);
    }
    return Status::OK();
  }
  ~SqliteSink() override {
    if (db_) sqlite3_close(db_);
  }

  Status Add(const Json& r) override {
    if (!r.is_object() || IsSkipRecord(r)) return Status::OK();
    std::string id = r.value("id", "");
    Exec("BEGIN");
    bool ok = true;
    if (IsErrorRecord(r)) {
      const Json& e = r["error"];
      ok = Statement(db_, "INSERT OR REPLACE INTO failures VALUES (?,?,?,?,?)")
               .Bind(1, id).Bind(2, Get(r, "url")).Bind(3, Get(e, "stage")).Bind(4, Get(e, "code"))
               .Bind(5, Get(e, "message")).Run();
    } else {
      // An article replaces everything stored for it, so a re-extraction leaves no stale rows.
      for (const char* sql : {"DELETE FROM failures WHERE id=?", "DELETE FROM entities WHERE article_id=?",
                              "DELETE FROM attributions WHERE article_id=?", "DELETE FROM claims WHERE article_id=?"})
        ok &= Statement(db_, sql).Bind(1, id).Run();
      ok &= Statement(db_, "INSERT OR REPLACE INTO articles VALUES (?,?,?,?,?,?,?,?)")
                .Bind(1, id).Bind(2, Get(r, "url")).Bind(3, Get(r, "title")).Bind(4, Get(r, "site_name"))
                .Bind(5, Get(r, "published")).Bind(6, Get(r, "language")).Bind(7, Get(r, "authors"))
                .Bind(8, Get(r, "text")).Run();
      if (r.contains("entities") && r["entities"].is_array()) {
        Statement ins(db_, "INSERT OR REPLACE INTO entities VALUES (?,?,?,?,?,?,?)");
        for (const Json& e : r["entities"]) {
          if (!e.is_object()) continue;
          ok &= ins.Bind(1, id).Bind(2, Get(e, "id")).Bind(3, Get(e, "type")).Bind(4, Get(e, "name"))
                    .Bind(5, Get(e, "aliases")).Bind(6, Get(e, "roles"))
                    .Bind(7, Json(e.contains("mentions") && e["mentions"].is_array() ? e["mentions"].size() : 0))
                    .Run();
        }
      }
      if (r.contains("attributions") && r["attributions"].is_array()) {
        Statement ins(db_, "INSERT OR REPLACE INTO attributions VALUES (?,?,?,?,?,?,?,?)");
        size_t i = 0;
        for (const Json& a : r["attributions"]) {
          if (!a.is_object()) continue;
          ok &= ins.Bind(1, id).Bind(2, Json(i++)).Bind(3, SpanText(Get(a, "source"))).Bind(4, SpanText(Get(a, "cue")))
                    .Bind(5, SpanText(Get(a, "content"))).Bind(6, Get(a, "quote")).Bind(7, Get(a, "source_type"))
                    .Bind(8, Get(a, "source_name")).Run();
        }
      }
      Statement ins(db_, "INSERT OR REPLACE INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      for (const Json& c : ClaimLines(r)) {
        int k = 1;
        ins.Bind(k++, c["claim_id"]).Bind(k++, c["article_id"]);
        for (const char* f : {"type", "trigger", "trigger_start", "trigger_end", "actor", "actor_name", "target",
                              "target_name", "content", "negated", "hypothetical", "source_type", "source_text",
                              "quote", "sentence", "url", "title", "site", "published"})
          ins.Bind(k++, c[f]);
        ok &= ins.Run();
      }
    }
    Exec(ok ? "COMMIT" : "ROLLBACK");
    return ok ? Status::OK() : Status::IOError(std::string("database write failed: ") + sqlite3_errmsg(db_));
  }

  Status Finish() override { return Status::OK(); }

 private:
  void Exec(const char* sql) { sqlite3_exec(db_, sql, nullptr, nullptr, nullptr); }
  sqlite3* db_ = nullptr;
};

}  // namespace

std::unique_ptr<Sink> MakeSqliteSink(const std::string& path, Status* status) {
  auto sink = std::make_unique<SqliteSink>();
  *status = sink->Open(path);
  return sink;
}

}  // namespace newsclaims::output
