// Fetch against HTTP servers the test starts on 127.0.0.1 (cpp-httplib): never the
// internet. Covers redirects and loops, 304s, retries with Retry-After, stalls, size
// limits and gzip bombs, charsets, robots.txt, feeds and sitemaps, the state store and
// its lock, and the private-address guard.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <httplib.h>
#include <zlib.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "common/record.h"
#include "common/url.h"
#include "fetch/fetch_stage.h"
#include "fetch/state_store.h"
#include "tests/local_server.h"

using namespace newsclaims;

namespace {

std::string Gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

const char* kPage = "<html><head><title>T</title></head><body><p>Hello</p></body></html>";

// A small news site with every kind of trouble.
class TestSite {
 public:
  TestSite() {
    svr_.Get("/robots.txt", [](const httplib::Request&, httplib::Response& r) {
      r.set_content("User-agent: *\nDisallow: /private/\n", "text/plain");
    });
    svr_.Get("/a.html", [](const httplib::Request&, httplib::Response& r) { r.set_content(kPage, "text/html"); });
    svr_.Get("/private/x.html", [](const httplib::Request&, httplib::Response& r) { r.set_content(kPage, "text/html"); });
    svr_.Get("/redirect", [](const httplib::Request&, httplib::Response& r) { r.set_redirect("/a.html"); });
    svr_.Get("/loop", [](const httplib::Request&, httplib::Response& r) { r.set_redirect("/loop"); });
    svr_.Get("/to-ftp", [](const httplib::Request&, httplib::Response& r) { r.set_redirect("ftp://127.0.0.1/x"); });
    svr_.Get("/missing", [this](const httplib::Request&, httplib::Response& r) {
      ++missing_hits;
      r.status = 404;
    });
    svr_.Get("/flaky", [this](const httplib::Request&, httplib::Response& r) {
      if (flaky_hits++ < 2) {
        r.status = 503;
        r.set_header("Retry-After", "0");
      } else {
        r.set_content(kPage, "text/html");
      }
    });
    svr_.Get("/busy", [this](const httplib::Request&, httplib::Response& r) {
      if (busy_hits++ < 1) {
        r.status = 429;
        r.set_header("Retry-After", "1");
      } else {
        r.set_content(kPage, "text/html");
      }
    });
    svr_.Get("/slow", [](const httplib::Request&, httplib::Response& r) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2500));
      r.set_content(kPage, "text/html");
    });
    svr_.Get("/big", [](const httplib::Request&, httplib::Response& r) {
      r.set_content(std::string(3u << 20, 'x'), "text/html");
    });
    svr_.Get("/bomb", [](const httplib::Request&, httplib::Response& r) {
      static const std::string gz = Gzip(std::string(64u << 20, '\0'));
      r.set_header("Content-Encoding", "gzip");
      r.set_content(gz, "text/html");
    });
    svr_.Get("/truncated", [this](const httplib::Request&, httplib::Response& r) {
      ++truncated_hits;
      r.set_content_provider(100000, "text/html", [](size_t offset, size_t, httplib::DataSink& sink) {
        if (offset > 0) return false;  // close the connection half-way
        sink.write("<html><body>", 12);
        return true;
      });
    });
    svr_.Get("/image.png", [](const httplib::Request&, httplib::Response& r) {
      r.set_content(std::string("\x89PNG\r\n\x1a\n", 8), "image/png");
    });
    svr_.Get("/cp1252", [](const httplib::Request&, httplib::Response& r) {
      r.set_content(std::string("<html><body><p>caf\xe9 \x93quoted\x94</p></body></html>"), "text/html; charset=windows-1252");
    });
    svr_.Get("/sjis", [](const httplib::Request&, httplib::Response& r) {
      r.set_content(std::string("<html><head><meta charset=\"shift_jis\"></head><body><p>\x93\xfa\x96\x7b</p></body></html>"),
                    "text/html");
    });
    svr_.Get("/lying", [](const httplib::Request&, httplib::Response& r) {
      r.set_content(std::string("<html><body><p>caf\xc3\xa9 na\xc3\xafve r\xc3\xa9sum\xc3\xa9</p></body></html>"),
                    "text/html; charset=iso-8859-1");
    });
    svr_.Get("/etag", [this](const httplib::Request& q, httplib::Response& r) {
      if (q.get_header_value("If-None-Match") == "\"v1\"") {
        ++not_modified;
        r.status = 304;
        return;
      }
      r.set_header("ETag", "\"v1\"");
      r.set_content(kPage, "text/html");
    });
    svr_.Get("/feed.xml", [this](const httplib::Request& q, httplib::Response& r) {
      if (q.get_header_value("If-None-Match") == "\"f1\"") {
        r.status = 304;
        return;
      }
      r.set_header("ETag", "\"f1\"");
      r.set_content("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                    "<item><link>" + base() + "/a.html</link></item>"
                    "<item><link>/redirect</link></item>"
                    "<item><link>/private/x.html</link></item></channel></rss>",
                    "application/rss+xml");
    });
    svr_.Get("/sitemap-index.xml", [this](const httplib::Request&, httplib::Response& r) {
      r.set_content("<sitemapindex><sitemap><loc>" + base() + "/sitemap.xml.gz</loc></sitemap></sitemapindex>",
                    "application/xml");
    });
    svr_.Get("/sitemap.xml.gz", [](const httplib::Request&, httplib::Response& r) {
      r.set_content(Gzip("<urlset><url><loc>/a.html</loc></url><url><loc>/cp1252</loc></url></urlset>"),
                    "application/x-gzip");
    });
    local_.Start();
  }
  std::string base() const { return local_.base(); }
  std::atomic<int> missing_hits{0}, flaky_hits{0}, busy_hits{0}, not_modified{0}, truncated_hits{0};

 private:
  testing::LocalServer local_;  // destroyed (stopped) before the counters above
  httplib::Server& svr_ = local_.server;
};

fetch::FetchStageOptions Options() {
  fetch::FetchStageOptions o;
  o.http.allow_private = true;
  o.http.host_delay = 0;
  o.http.per_host = 8;
  o.http.timeout = 2;
  o.http.backoff = 0.05;
  o.http.max_bytes = 1u << 20;
  return o;
}

std::vector<Json> Fetch(const fetch::FetchStageOptions& o, const std::vector<std::string>& lines, Status* status = nullptr,
                        fetch::FetchSummary* summary_out = nullptr) {
  namespace fs = std::filesystem;
  fs::path in = fs::temp_directory_path() / ("newsclaims_fetch_test_urls.txt." + std::to_string(getpid()));
  {
    std::ofstream f(in);
    for (const auto& l : lines) f << l << "\n";
  }
  std::FILE* out = std::tmpfile();
  fetch::FetchSummary summary;
  Status s = fetch::RunFetch(o, {in.string()}, out, &summary);
  if (status) *status = s;
  if (summary_out) *summary_out = summary;
  std::rewind(out);
  std::vector<Json> records;
  char* line = nullptr;
  size_t cap = 0;
  while (getline(&line, &cap, out) > 0) records.push_back(Json::parse(line));
  free(line);
  std::fclose(out);
  return records;
}

// A state database path in the temporary directory, removed before the test and after it.
class TempStateDb {
 public:
  explicit TempStateDb(const std::string& name)
      : path_(std::filesystem::temp_directory_path() / (name + "." + std::to_string(getpid()))) {
    std::filesystem::remove(path_);
  }
  ~TempStateDb() { std::filesystem::remove(path_); }
  std::string str() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

std::string Code(const Json& r) { return r.contains("error") ? r["error"]["code"].get<std::string>() : ""; }

}  // namespace

TEST_CASE("fetch writes one record per URL in order, with the reason for each failure", "[fetch]") {
  TestSite site;
  std::string b = site.base();
  auto recs = Fetch(Options(), {b + "/a.html", b + "/missing", b + "/redirect", b + "/loop", b + "/to-ftp",
                                b + "/image.png", b + "/big", b + "/bomb", b + "/slow", b + "/private/x.html",
                                "ftp://127.0.0.1/file", "not a url", b + "/a.html?utm_source=x#top"});
  REQUIRE(recs.size() == 13);
  CHECK(Code(recs[0]) == "");
  CHECK(recs[0]["status"] == 200);
  CHECK(recs[0]["html"].get<std::string>().find("Hello") != std::string::npos);
  CHECK(Code(recs[1]) == "http_status");
  CHECK(site.missing_hits == 1);  // a 4xx is never retried
  CHECK(Code(recs[2]) == "");
  CHECK(recs[2]["final_url"] == b + "/a.html");
  CHECK(Code(recs[3]) == "redirect_loop");
  CHECK(Code(recs[4]) == "bad_url");  // redirect to another scheme
  CHECK(Code(recs[5]) == "not_html");
  CHECK(Code(recs[6]) == "too_large");
  CHECK(Code(recs[7]) == "too_large");  // 64 MiB of zeros behind 64 KiB of gzip
  CHECK(Code(recs[8]) == "timeout");
  CHECK(Code(recs[9]) == "robots");
  CHECK(Code(recs[10]) == "bad_url");
  CHECK(Code(recs[11]) == "bad_url");
  CHECK(Code(recs[12]) == "duplicate");  // same page once tracking and fragment are dropped
  for (const Json& r : recs) CHECK(r.contains("id"));
}

TEST_CASE("fetch retries 503 and 429 with Retry-After, then succeeds", "[fetch]") {
  TestSite site;
  auto recs = Fetch(Options(), {site.base() + "/flaky", site.base() + "/busy"});
  REQUIRE(recs.size() == 2);
  CHECK(Code(recs[0]) == "");
  CHECK(site.flaky_hits == 3);
  CHECK(Code(recs[1]) == "");
  CHECK(site.busy_hits == 2);
  auto o = Options();
  o.http.retries = 0;
  TestSite fresh;
  recs = Fetch(o, {fresh.base() + "/flaky"});
  CHECK(Code(recs[0]) == "http_status");
}

TEST_CASE("a body cut off before its Content-Length is retried, then reported", "[fetch]") {
  TestSite site;
  auto o = Options();
  o.http.retries = 1;
  auto recs = Fetch(o, {site.base() + "/truncated"});
  REQUIRE(recs.size() == 1);
  CHECK(Code(recs[0]) == "network");
  CHECK(site.truncated_hits == 2);
}

TEST_CASE("fetch converts charsets to UTF-8 from headers, meta tags and the bytes", "[fetch]") {
  TestSite site;
  auto recs = Fetch(Options(), {site.base() + "/cp1252", site.base() + "/sjis", site.base() + "/lying"});
  REQUIRE(recs.size() == 3);
  CHECK(recs[0]["html"].get<std::string>().find("caf\u00e9 \u201cquoted\u201d") != std::string::npos);
  CHECK(recs[0]["charset"] == "windows-1252");
  CHECK(recs[1]["html"].get<std::string>().find("\u65e5\u672c") != std::string::npos);
  CHECK(recs[2]["html"].get<std::string>().find("caf\u00e9 na\u00efve") != std::string::npos);
}

TEST_CASE("feeds and gzip'd sitemaps expand into their articles, obeying robots.txt", "[fetch]") {
  TestSite site;
  auto recs = Fetch(Options(), {site.base() + "/feed.xml"});
  REQUIRE(recs.size() == 3);  // items of one feed come in the order they finish
  std::multiset<std::string> codes;
  for (const Json& r : recs) codes.insert(Code(r));
  CHECK(codes == std::multiset<std::string>{"", "", "robots"});  // /redirect is a different URL
  recs = Fetch(Options(), {site.base() + "/sitemap-index.xml"});
  REQUIRE(recs.size() == 2);
  CHECK(Code(recs[0]) == "");
  CHECK(Code(recs[1]) == "");
}

TEST_CASE("the state store makes the second run fetch nothing new", "[fetch]") {
  TestSite site;
  TempStateDb db("newsclaims_fetch_state_test.db");
  auto o = Options();
  o.state_path = db.str();
  std::vector<std::string> urls = {site.base() + "/a.html", site.base() + "/feed.xml", site.base() + "/etag"};
  auto first = Fetch(o, urls);
  REQUIRE(first.size() == 4);  // a.html, the feed's new items (/redirect and the robots refusal), etag
  fetch::FetchSummary summary;
  auto second = Fetch(o, urls, nullptr, &summary);
  REQUIRE(second.size() == 2);  // the feed answers 304: nothing new from it
  CHECK(Code(second[0]) == "unchanged");
  CHECK(Code(second[1]) == "unchanged");
  // With --refetch-after 0 known pages are fetched again, conditionally.
  o.refetch_after = 0;
  auto third = Fetch(o, {site.base() + "/etag"});
  CHECK(Code(third[0]) == "not_modified");
  CHECK(site.not_modified == 1);
}

TEST_CASE("a URL that keeps failing waits longer each time; --retry-failed requests it now", "[fetch]") {
  TestSite site;
  TempStateDb db("newsclaims_fetch_backoff_test.db");
  auto o = Options();
  o.state_path = db.str();
  std::vector<std::string> urls = {site.base() + "/missing", site.base() + "/a.html"};
  auto first = Fetch(o, urls);
  REQUIRE(first.size() == 2);
  CHECK(Code(first[0]) == "http_status");
  auto second = Fetch(o, urls);
  REQUIRE(second.size() == 2);
  CHECK(Code(second[0]) == "backoff");  // not requested: still one hit
  CHECK(second[0]["error"]["message"].get<std::string>().find("failed 1 times") != std::string::npos);
  CHECK(Code(second[1]) == "unchanged");
  CHECK(site.missing_hits == 1);
  o.retry_failed = true;
  auto third = Fetch(o, {urls[0]});
  CHECK(Code(third[0]) == "http_status");
  CHECK(site.missing_hits == 2);
  fetch::StateStore store;
  REQUIRE(store.Open(db.str(), false).ok());
  auto f = store.GetFailure(UrlKey(urls[0]));
  REQUIRE(f.has_value());
  CHECK(f->count == 2);
  CHECK(f->code == "http_status");
  CHECK(f->retry_at - f->last_at == 2 * 3600);
  CHECK_FALSE(store.GetFailure(UrlKey(urls[1])).has_value());
}

TEST_CASE("failure records: the delay doubles from an hour up to 30 days, and a success clears them", "[fetch]") {
  CHECK(fetch::StateStore::RetryDelay(1) == 3600);
  CHECK(fetch::StateStore::RetryDelay(3) == 4 * 3600);
  CHECK(fetch::StateStore::RetryDelay(11) == 30 * 24 * 3600);
  CHECK(fetch::StateStore::RetryDelay(1000) == 30 * 24 * 3600);
  TempStateDb db("newsclaims_failure_store_test.db");
  fetch::StateStore store;
  REQUIRE(store.Open(db.str(), false).ok());
  REQUIRE(store.PutFailure("http://x/a", "not_html", 1000).ok());
  REQUIRE(store.PutFailure("http://x/a", "timeout", 5000).ok());
  auto f = store.GetFailure("http://x/a");
  REQUIRE(f.has_value());
  CHECK(f->count == 2);
  CHECK(f->code == "timeout");
  CHECK(f->retry_at == 5000 + 7200);
  REQUIRE(store.ClearFailure("http://x/a").ok());
  CHECK_FALSE(store.GetFailure("http://x/a").has_value());
}

TEST_CASE("two runs on one state database: the second is refused while the first holds it", "[fetch]") {
  TempStateDb db("newsclaims_fetch_lock_test.db");
  fetch::StateStore holder;
  REQUIRE(holder.Open(db.str(), false).ok());
  auto o = Options();
  o.state_path = db.str();
  Status s;
  auto recs = Fetch(o, {"http://127.0.0.1:9/x"}, &s);
  CHECK(s.code() == "locked");
  CHECK(recs.empty());
}

TEST_CASE("private and loopback addresses are refused unless allowed", "[fetch][security]") {
  TestSite site;
  auto o = Options();
  o.http.allow_private = false;
  auto recs = Fetch(o, {site.base() + "/a.html", "http://169.254.169.254/latest/meta-data/", "http://[::1]:9/"});
  REQUIRE(recs.size() == 3);
  for (const Json& r : recs) CHECK(Code(r) == "blocked_address");
}
