// The invariants of the record contract, on random mixes of good and bad input: fetch,
// parse and extract each write exactly one line per input line, in order, with the same
// ids; and parse | extract | output loses no article (each is in the database as an
// article or as a failure).
#include <catch2/catch.hpp>

#include <unistd.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "common/record.h"
#include "tests/test_paths.h"
#include "tests/test_util.h"

using namespace newsclaims;
namespace fs = std::filesystem;
using newsclaims::testing::ShellLines;

namespace {

std::string IdOf(const std::string& line) {
  Json r;
  if (!ParseRecord(line, RecordLimits(), &r).ok() || !r.contains("id") || !r["id"].is_string()) return "<none>";
  return r["id"];
}

// A random input line with id `id`: mostly good pages, the rest every kind of bad.
std::string RandomLine(std::mt19937& rng, const std::string& id) {
  std::string para = "<p>The council banned scooters from the park on Tuesday, officials said, after a rise in injuries "
                     "to pedestrians and complaints from shop owners in the town centre.</p>";
  switch (rng() % 10) {
    case 0: return "{\"id\":\"" + id + "\",\"html\":";                                  // truncated JSON
    case 1: return Json({{"id", id}, {"html", 42}}).dump();                               // wrong type
    case 2: return Json({{"id", id}, {"url", "https://x.example/" + id}}).dump();         // no html
    case 3: return Json({{"id", id}, {"error", {{"stage", "fetch"}, {"code", "timeout"}, {"message", "slow"}}}}).dump();
    case 4: return "{\"id\":\"" + id + "\",\"html\":\"<p>caf\xe9</p>\"}";               // invalid UTF-8
    case 5: return Json({{"id", id}, {"html", ""}}).dump();                               // empty page
    default: return Json({{"id", id}, {"url", "https://x.example/" + id}, {"title", id},
                          {"html", "<html><body><article><h1>T " + id + "</h1>" + para + para + "</article></body></html>"}})
        .dump();
  }
}

}  // namespace

TEST_CASE("parse and extract: one line per input line, in order, same ids; output loses nothing", "[invariant]") {
  fs::path dir = fs::temp_directory_path() / ("newsclaims_invariant." + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::mt19937 rng(7);
  for (int round = 0; round < 3; ++round) {
    std::vector<std::string> ids;
    {
      std::ofstream in(dir / "in.jsonl", std::ios::binary);
      int n = 100 + static_cast<int>(rng() % 200);
      for (int i = 0; i < n; ++i) {
        ids.push_back("r" + std::to_string(round) + "-" + std::to_string(i));
        in << RandomLine(rng, ids.back()) << "\n";
      }
    }
    std::string bin = NEWSCLAIMS_BIN;
    auto parsed = ShellLines(bin + " parse -j 2 " + (dir / "in.jsonl").string() + " 2>/dev/null | tee " +
                           (dir / "parsed.jsonl").string());
    REQUIRE(parsed.size() == ids.size());
    for (size_t i = 0; i < ids.size(); ++i) CHECK(IdOf(parsed[i]) == ids[i]);
    auto extracted = ShellLines(bin + " extract -j 2 " + (dir / "parsed.jsonl").string() + " 2>/dev/null | tee " +
                              (dir / "extracted.jsonl").string());
    REQUIRE(extracted.size() == ids.size());
    for (size_t i = 0; i < ids.size(); ++i) CHECK(IdOf(extracted[i]) == ids[i]);

    fs::remove(dir / "db.sqlite");
    ShellLines(bin + " output --format sqlite --db " + (dir / "db.sqlite").string() + " " +
             (dir / "extracted.jsonl").string() + " 2>/dev/null");
    sqlite3* db = nullptr;
    sqlite3_open((dir / "db.sqlite").string().c_str(), &db);
    long long found = 0;
    sqlite3_exec(
        db, "SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM failures)",
        [](void* o, int, char** v, char**) {
          *static_cast<long long*>(o) = std::atoll(v[0]);
          return 0;
        },
        &found, nullptr);
    sqlite3_close(db);
    CHECK(found == static_cast<long long>(ids.size()));
  }
  fs::remove_all(dir);
}

TEST_CASE("fetch: one line per input URL, in order, with the input's ids", "[invariant]") {
  fs::path in = fs::temp_directory_path() / ("newsclaims_invariant_urls.jsonl." + std::to_string(getpid()));
  std::mt19937 rng(11);
  std::vector<std::string> ids;
  {
    std::ofstream f(in);
    for (int i = 0; i < 60; ++i) {
      ids.push_back("u" + std::to_string(i));
      const char* urls[] = {"http://127.0.0.1:9/closed", "ftp://x.example/a", "not a url", "http://", "javascript:x()"};
      std::string url = std::string(urls[rng() % 5]) + (rng() % 2 ? "?n=" + std::to_string(i) : "");
      f << Json({{"id", ids.back()}, {"url", url}}).dump() << "\n";
    }
  }
  auto out = ShellLines(std::string(NEWSCLAIMS_BIN) + " fetch --no-state --allow-private --retries 0 --delay 0 -q " +
                      in.string() + " 2>/dev/null");
  REQUIRE(out.size() == ids.size());
  for (size_t i = 0; i < ids.size(); ++i) CHECK(IdOf(out[i]) == ids[i]);
  fs::remove(in);
}
