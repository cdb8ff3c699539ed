// Tests for common/record.cc: parsing limits, ids and error records.
#include "common/record.h"

#include <catch2/catch.hpp>

using namespace newsclaims;

TEST_CASE("ParseRecord reports each kind of bad line with a clear message", "[record]") {
  RecordLimits limits;
  Json rec;
  CHECK(ParseRecord(R"({"id":"a","url":"https://x.example/"})", limits, &rec).ok());
  CHECK(rec["id"] == "a");

  Status s = ParseRecord(R"({"id":"a",)", limits, &rec);
  CHECK(s.code() == "invalid_json");
  CHECK(s.message().rfind("malformed JSON: ", 0) == 0);

  s = ParseRecord("[1,2,3]", limits, &rec);
  CHECK(s.code() == "invalid_json");
  CHECK(s.message() == "expected a JSON object, got array");

  s = ParseRecord("{\"id\":\"\xFF\"}", limits, &rec);
  CHECK(s.code() == "invalid_utf8");
  CHECK(s.message() == "input line is not valid UTF-8 (first bad byte at offset 7)");

  std::string deep = "{\"a\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
  s = ParseRecord(deep, limits, &rec);
  CHECK(s.code() == "invalid_json");
  CHECK(s.message() == "JSON nested deeper than 64 levels");
}

TEST_CASE("Huge numbers and duplicate keys parse predictably", "[record]") {
  RecordLimits limits;
  Json rec;
  REQUIRE(ParseRecord(R"({"id":"d","id":"e","n":1e999999})", limits, &rec).ok() == false);
  REQUIRE(ParseRecord(R"({"id":"d","id":"e","n":123456789012345678901234567890})", limits, &rec).ok());
  CHECK(rec["id"] == "e");  // the last duplicate wins
}

TEST_CASE("RecordId passes ids through and derives stable ones", "[record]") {
  CHECK(RecordId(Json{{"id", "x1"}}, "f:1") == "x1");
  CHECK(RecordId(Json{{"id", 42}}, "f:1") == "42");
  std::string from_url = RecordId(Json{{"url", "https://a.example/b"}}, "f:1");
  CHECK(from_url == StableId("https://a.example/b"));
  CHECK(from_url.size() == 17);
  CHECK(from_url[0] == 'u');
  CHECK(RecordId(Json::object(), "f:1") == StableId("f:1"));
}

TEST_CASE("SalvageId finds the id of a line that is not valid JSON", "[record]") {
  CHECK(SalvageId(R"({"id": "p-17", "html": "<p>unterminated)") == "p-17");
  CHECK(SalvageId(R"({"id": "caf\u00e9", "x": )") == "caf\xC3\xA9");
  CHECK(SalvageId("garbage").empty());
}

TEST_CASE("ErrorRecord carries stage, code, message and the url", "[record]") {
  Json input = {{"id", "a"}, {"url", "https://a.example/"}};
  Json err = ErrorRecord("a", "parse", Status::Error("too_large", "big"), &input);
  CHECK(err.dump() ==
        R"({"error":{"code":"too_large","message":"big","stage":"parse"},"id":"a","url":"https://a.example/"})");
  CHECK(IsErrorRecord(err));
  CHECK_FALSE(IsErrorRecord(input));
}

TEST_CASE("DumpRecord keeps one record on one line", "[record]") {
  Json rec = {{"text", "a\nb\xE2\x80\xA8" "c\xC2\x85" "d"}};
  std::string line = DumpRecord(rec);
  CHECK(line == R"({"text":"a\nb\u2028c\u0085d"})");
  CHECK(DumpRecord(Json{{"bad", std::string("\xFF")}}) == "{\"bad\":\"\xEF\xBF\xBD\"}");
}
