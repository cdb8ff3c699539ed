// The output formats (claim lines, CSV, SQLite, report) and `newsclaims run` end to end
// against a local site the test serves: the first run yields the expected claims, the
// second fetches nothing new and changes nothing in the database.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <httplib.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "common/record.h"
#include "output/claim_line.h"
#include "output/sinks.h"
#include "tests/local_server.h"
#include "tests/test_paths.h"
#include "tests/test_util.h"

using namespace newsclaims;
using newsclaims::testing::Slurp;
using newsclaims::testing::ShellOutput;

namespace {

Json Article() {
  return {{"id", "a1"},
          {"url", "https://news.example/a1"},
          {"title", "Council \"bans\" <script>alert(1)</script>"},
          {"site_name", "News, Example"},
          {"published", "2026-01-15"},
          {"text", "The council banned scooters, officials said.\nSecond line."},
          {"claims",
           {{{"claim_id", "c1"},
             {"type", "ban"},
             {"trigger", {{"start", 12}, {"end", 18}, {"text", "banned"}}},
             {"actor", {{"text", "The council"}, {"name", "City Council"}, {"entity", "e1"}}},
             {"target", {{"text", "scooters"}, {"name", "scooters"}, {"entity", nullptr}}},
             {"content", "scooters"},
             {"negated", false},
             {"hypothetical", false},
             {"source", {{"type", "anonymous"}, {"text", "officials"}, {"quote", "indirect"}}},
             {"sentence", {{"start", 0}, {"end", 44}}}}}}};
}

std::string Capture(const std::function<void(std::FILE*)>& fn) {
  std::FILE* f = std::tmpfile();
  fn(f);
  std::rewind(f);
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return out;
}

// Rows of every table, as one string: equal strings mean equal databases.
std::string Dump(const std::string& db_path) {
  sqlite3* db = nullptr;
  sqlite3_open(db_path.c_str(), &db);
  std::string out;
  for (const char* t : {"articles", "entities", "attributions", "claims", "failures"}) {
    std::string sql = std::string("SELECT * FROM ") + t + " ORDER BY 1, 2";
    sqlite3_exec(
        db, sql.c_str(),
        [](void* o, int n, char** v, char**) {
          for (int i = 0; i < n; ++i) *static_cast<std::string*>(o) += std::string(v[i] ? v[i] : "NULL") + "|";
          *static_cast<std::string*>(o) += "\n";
          return 0;
        },
        &out, nullptr);
  }
  sqlite3_close(db);
  return out;
}

}  // namespace

TEST_CASE("claim lines carry the article's fields and the sentence", "[output]") {
  auto lines = output::ClaimLines(Article());
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["type"] == "ban");
  CHECK(lines[0]["article_id"] == "a1");
  CHECK(lines[0]["site"] == "News, Example");
  CHECK(lines[0]["actor_name"] == "City Council");
  CHECK(lines[0]["sentence"] == "The council banned scooters, officials said.");
  CHECK(output::ClaimLines(ErrorRecord("x", "parse", Status::Error("invalid_json", "bad"))).empty());
  CHECK(output::ClaimLines(Json::object()).empty());
}

TEST_CASE("CSV is RFC 4180: quoted commas, doubled quotes, CRLF rows", "[output]") {
  CHECK(output::CsvField("plain") == "plain");
  CHECK(output::CsvField("a,b") == "\"a,b\"");
  CHECK(output::CsvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(output::CsvField("two\nlines") == "\"two\nlines\"");
  std::string csv = Capture([](std::FILE* f) {
    auto sink = output::MakeCsvSink(f);
    sink->Add(Article());
    sink->Finish();
  });
  CHECK(csv.rfind("claim_id,type,trigger,", 0) == 0);
  CHECK(csv.find("\r\nc1,ban,banned,The council,City Council,") != std::string::npos);
  CHECK(csv.find("\"News, Example\"") != std::string::npos);
  CHECK(csv.find("\"Council \"\"bans\"\" <script>") != std::string::npos);
}

TEST_CASE("the report is self-contained, escapes article text and lists failures", "[output]") {
  std::string html = Capture([](std::FILE* f) {
    auto sink = output::MakeReportSink(f);
    sink->Add(Article());
    sink->Add(ErrorRecord("p9", "fetch", Status::Error("timeout", "<b>slow</b>")));
    sink->Add(ErrorRecord("p8", "fetch", Status::Error("unchanged", "fetched before")));
    sink->Finish();
  });
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&lt;b&gt;slow&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("<mark class=\"trigger\">banned</mark>") != std::string::npos);
  CHECK(html.find("<mark class=\"actor\">The council</mark>") != std::string::npos);
  CHECK(html.find("href=\"https://news.example/a1\"") != std::string::npos);
  CHECK(html.find("1 failed records, 1 skipped") != std::string::npos);
  CHECK(html.find("http-equiv") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);  // no external assets
}

// The fixture articles as pages in three kinds of markup real news sites use.
std::string StoryPage(const std::string& name, const std::string& text, int variant) {
  std::string title = text.substr(0, text.find('\n'));
  std::string body;
  std::istringstream lines(text.substr(text.find('\n') + 1));
  std::string line;
  while (std::getline(lines, line))
    if (!line.empty()) body += "<p>" + output::HtmlEscape(line) + "</p>\n";
  std::string nav = "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>";
  std::string foot = "<footer><p>Copyright 2026 Example News. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer>";
  if (variant == 0)
    return "<html lang=\"en\"><head><title>" + title + " | Example News</title><script type=\"application/ld+json\">"
           "{\"@type\":\"NewsArticle\",\"headline\":\"" + title + "\",\"datePublished\":\"2026-01-14T08:00:00Z\","
           "\"author\":{\"@type\":\"Person\",\"name\":\"Jane Reporter\"}}</script></head><body>" + nav +
           "<article><h1>" + title + "</h1>" + body + "</article>" + foot + "</body></html>";
  if (variant == 1)
    return "<html><head><meta property=\"og:title\" content=\"" + title + "\"><meta property=\"og:site_name\" "
           "content=\"Daily Example\"><meta property=\"article:published_time\" content=\"2026-01-13\"></head><body>" +
           nav + "<div class=\"story-body\"><h1 class=\"headline\">" + title + "</h1><span class=\"byline\">By Sam Writer</span>" +
           body + "</div><aside class=\"related\"><a href=\"/x\">Related: other news</a></aside>" + foot + "</body></html>";
  return "<html><head><title>" + title + "</title></head><body>" + nav + "<div id=\"main\"><h2>" + title +
         "</h2><time datetime=\"2026-01-12\">12 January 2026</time>" + body + "</div>" + foot + "</body></html>";
}

TEST_CASE("newsclaims run: first run finds the claims, the second adds nothing", "[output][pipeline]") {
  namespace fs = std::filesystem;
  fs::path pages = fs::path(NEWSCLAIMS_SOURCE_DIR) / "tests/fixtures/pages";
  fs::path articles = fs::path(NEWSCLAIMS_SOURCE_DIR) / "tests/fixtures/articles";
  testing::LocalServer local;
  httplib::Server& svr = local.server;
  std::string base = local.base();
  svr.Get("/feed.xml", [&](const httplib::Request&, httplib::Response& r) {
    std::string items = "<item><link>" + base + "/news/kaspersky-appeal.html</link></item>"
                        "<item><link>" + base + "/news/council-scooter-ban.html</link></item>"
                        "<item><link>" + base + "/news/gone.html</link></item>";
    for (const auto& e : fs::directory_iterator(articles))
      if (e.path().stem() != "kaspersky-appeal") items += "<item><link>" + base + "/story/" + e.path().stem().string() + "</link></item>";
    r.set_content("<rss version=\"2.0\"><channel>" + items + "</channel></rss>", "application/rss+xml");
  });
  svr.Get(R"(/story/([a-z-]+))", [&](const httplib::Request& q, httplib::Response& r) {
    std::string name = q.matches[1].str();
    r.set_content(StoryPage(name, Slurp(articles / (name + ".txt")), static_cast<int>(name.size() % 3)),
                  "text/html; charset=utf-8");
  });
  svr.Get(R"(/news/([a-z-]+)\.html)", [&](const httplib::Request& q, httplib::Response& r) {
    fs::path p = pages / (q.matches[1].str() + ".html");
    if (!fs::exists(p)) {
      r.status = 404;
      return;
    }
    r.set_content(Slurp(p), "text/html; charset=utf-8");
  });
  local.Start();

  fs::path dir = fs::temp_directory_path() / ("newsclaims_run_test." + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "sources.txt") << base << "/feed.xml\n";
  std::string bin = NEWSCLAIMS_BIN;
  std::string run = bin + " run --state " + (dir / "state.db").string() + " --allow-private --delay 0 -q " +
                    (dir / "sources.txt").string();
  std::string load = " | " + bin + " output --format sqlite --db " + (dir / "news.db").string() + " 2>/dev/null";

  ShellOutput(run + " -o " + (dir / "first.jsonl").string() + " 2>/dev/null");
  std::string first = Slurp(dir / "first.jsonl");
  ShellOutput("cat " + (dir / "first.jsonl").string() + load);
  std::string db1 = Dump((dir / "news.db").string());
  CHECK(db1.find("Kaspersky Lab") != std::string::npos);
  CHECK(db1.find("is appealing") != std::string::npos);
  CHECK(db1.find("http_status") != std::string::npos);  // the missing page is listed as failed
  std::string claims = ShellOutput(bin + " output --format claims " + (dir / "first.jsonl").string() + " 2>/dev/null");
  CHECK(claims.find("\"type\":\"appeal\"") != std::string::npos);
  CHECK(claims.find("\"type\":\"ban\"") != std::string::npos);
  // Articles from every kind of markup reached the database with their claims.
  for (const char* expected : {"Labour Party", "Tom Hendry", "Caspian Air", "Brenner Chemicals", "Leon Brandt",
                               "Linda Chow", "QuickCash", "Voltride"})
    CHECK(db1.find(expected) != std::string::npos);
  CHECK(claims.find("\"trigger\":\"accused\"") != std::string::npos);
  CHECK(claims.find("\"trigger\":\"suspended\"") != std::string::npos);

  // The feed lists the same items: the known ones are skipped, and the missing page waits
  // an hour before it is requested again, so the second run writes nothing.
  CHECK(ShellOutput(run + " 2>/dev/null").empty());
  // --retry-failed requests it at once, and it fails the same way.
  std::string retried = ShellOutput(run + " --retry-failed 2>/dev/null");
  std::istringstream lines(retried);
  std::string line;
  int records = 0;
  while (std::getline(lines, line)) {
    Json r = Json::parse(line);
    CHECK(r["error"]["code"] == "http_status");
    ++records;
  }
  CHECK(records == 1);
  ShellOutput(run + " 2>/dev/null" + load);
  ShellOutput("cat " + (dir / "first.jsonl").string() + load);  // loading the same records again
  CHECK(Dump((dir / "news.db").string()) == db1);
  fs::remove_all(dir);
}

TEST_CASE("a run killed half-way, then run again, ends in the same database as one run", "[output][pipeline]") {
  namespace fs = std::filesystem;
  fs::path pages = fs::path(NEWSCLAIMS_SOURCE_DIR) / "tests/fixtures/pages";
  testing::LocalServer local;
  httplib::Server& svr = local.server;
  std::string base = local.base();
  const char* names[] = {"kaspersky-appeal", "council-scooter-ban", "blog-post-de", "section-index"};
  svr.Get("/feed.xml", [&](const httplib::Request&, httplib::Response& r) {
    std::string items;
    for (int i = 0; i < 8; ++i) items += "<item><link>" + base + "/p/" + std::to_string(i) + "</link></item>";
    r.set_content("<rss version=\"2.0\"><channel>" + items + "</channel></rss>", "application/rss+xml");
  });
  svr.Get(R"(/p/(\d))", [&](const httplib::Request& q, httplib::Response& r) {
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    r.set_content(Slurp(pages / (std::string(names[std::stoi(q.matches[1].str()) % 4]) + ".html")), "text/html");
  });
  local.Start();

  fs::path dir = fs::temp_directory_path() / ("newsclaims_kill_test." + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "sources.txt") << base << "/feed.xml\n";
  std::string bin = NEWSCLAIMS_BIN;
  auto run = [&](const std::string& state, const std::string& out) {
    return bin + " run --wait --state " + (dir / state).string() + " --allow-private --delay 0 -j 1 --per-host 1 -q -o " +
           (dir / out).string() + " " + (dir / "sources.txt").string() + " 2>/dev/null";
  };
  auto load = [&](const std::string& out, const std::string& db) {
    ShellOutput(bin + " output --format sqlite --db " + (dir / db).string() + " " + (dir / out).string() + " 2>/dev/null");
  };
  ShellOutput(run("whole.db", "whole.jsonl"));
  load("whole.jsonl", "whole.sqlite");

  ShellOutput("timeout -s KILL 1 " + run("killed.db", "killed.jsonl"));
  CHECK_FALSE(fs::exists(dir / "killed.jsonl"));  // a killed run leaves no half-written output
  ShellOutput(run("killed.db", "killed.jsonl"));  // the same output path again: its leftovers are cleaned
  for (const auto& e : fs::directory_iterator(dir))
    CHECK(e.path().filename().string().find("killed.jsonl.tmp") == std::string::npos);
  load("killed.jsonl", "again.sqlite");
  std::string whole = Dump((dir / "whole.sqlite").string());
  CHECK(whole.find("Kaspersky Lab") != std::string::npos);
  CHECK(Dump((dir / "again.sqlite").string()) == whole);
  fs::remove_all(dir);
}
