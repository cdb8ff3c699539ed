// Tests for common/line_reader.cc.
#include "common/line_reader.h"

#include <catch2/catch.hpp>

#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <fstream>

using namespace newsclaims;

namespace {
std::string TempPath(const char* name) { return std::string("/tmp/newsclaims_test_") + name + "." + std::to_string(getpid()); }
}  // namespace

TEST_CASE("LineReader reads plain and gzip'd files the same way", "[line_reader]") {
  std::string plain = TempPath("lines.txt");
  std::ofstream(plain) << "one\r\ntwo\nthree";
  std::string gz = TempPath("lines.txt.gz");
  gzFile f = gzopen(gz.c_str(), "wb");
  gzputs(f, "one\r\ntwo\nthree");
  gzclose(f);
  for (const auto& path : {plain, gz}) {
    LineReader r;
    REQUIRE(r.Open(path).ok());
    std::string line;
    bool over;
    std::vector<std::string> got;
    while (r.Next(&line, 100, &over)) got.push_back(line);
    CHECK(got == std::vector<std::string>{"one", "two", "three"});
  }
}

TEST_CASE("LineReader skips the rest of an oversized line and stays in sync", "[line_reader]") {
  std::string path = TempPath("long.txt");
  std::ofstream(path) << std::string(300000, 'x') << "\nshort\n";
  LineReader r;
  REQUIRE(r.Open(path).ok());
  std::string line;
  bool over;
  REQUIRE(r.Next(&line, 1000, &over));
  CHECK(over);
  CHECK(line.size() == 1000);
  REQUIRE(r.Next(&line, 1000, &over));
  CHECK_FALSE(over);
  CHECK(line == "short");
  CHECK_FALSE(r.Next(&line, 1000, &over));
}

TEST_CASE("LineReader reports files it cannot open", "[line_reader]") {
  LineReader r;
  Status s = r.Open("/nonexistent/dir/file.jsonl");
  CHECK(s.code() == "io_error");
  CHECK(s.message() == "cannot open /nonexistent/dir/file.jsonl: No such file or directory");
}
