#include "common/warc.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace newsclaims;

TEST_CASE("WARC responses written by fetch read back, plain and gzip'd", "[warc]") {
  namespace fs = std::filesystem;
  for (const char* name : {"newsclaims_test.warc", "newsclaims_test.warc.gz"}) {
    fs::path p = fs::temp_directory_path() / name;
    fs::remove(p);
    {
      WarcWriter w;
      REQUIRE(w.Open(p.string()).ok());
      REQUIRE(w.WriteResponse({"https://a.example/x", "2026-01-01T00:00:00Z", 200, "text/html; charset=utf-8",
                               "<html>\r\n\r\nbody</html>"}).ok());
      REQUIRE(w.WriteResponse({"https://a.example/y", "2026-01-01T00:00:01Z", 404, "text/html", ""}).ok());
    }
    WarcReader r;
    REQUIRE(r.Open(p.string()).ok());
    WarcResponse a, b, c;
    Status s;
    REQUIRE(r.Next(&a, 1 << 20, &s));
    CHECK(a.target_uri == "https://a.example/x");
    CHECK(a.status == 200);
    CHECK(a.content_type == "text/html; charset=utf-8");
    CHECK(a.body == "<html>\r\n\r\nbody</html>");
    REQUIRE(r.Next(&b, 1 << 20, &s));
    CHECK(b.status == 404);
    CHECK_FALSE(r.Next(&c, 1 << 20, &s));
    CHECK(s.ok());
    fs::remove(p);
  }
}

TEST_CASE("WARC reading skips other record types and reports damage", "[warc]") {
  namespace fs = std::filesystem;
  fs::path p = fs::temp_directory_path() / ("newsclaims_damaged.warc." + std::to_string(getpid()));
  {
    std::ofstream f(p, std::ios::binary);
    f << "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n";
    f << "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/\r\nContent-Length: 500\r\n\r\nHTTP/1.1 200 OK\r\n";
  }
  WarcReader r;
  REQUIRE(r.Open(p.string()).ok());
  WarcResponse a;
  Status s;
  CHECK_FALSE(r.Next(&a, 1 << 20, &s));
  CHECK(s.code() == "invalid_warc");
  CHECK(IsWarcPath("x.warc.gz"));
  CHECK_FALSE(IsWarcPath("x.html"));
  fs::remove(p);
}
