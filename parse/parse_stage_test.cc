// Tests for parse/parse_stage.cc: field contract, limits, bad pages.
#include "parse/parse_stage.h"

#include <catch2/catch.hpp>

using namespace newsclaims;
using namespace newsclaims::parse;

namespace {
Json Parse(Json page, ParseOptions options = {}) {
  RecordContext ctx(std::chrono::steady_clock::now() + std::chrono::seconds(10));
  std::string id = RecordId(page, "test");
  return ParsePage(page, id, options, ctx);
}
const std::string kArticle =
    "<html lang=en><head><title>Budget vote</title></head><body><h1>Budget vote</h1>"
    "<p>The council met on Tuesday to discuss the new budget, which includes money for roads, parks and libraries.</p>"
    "<p>Residents who spoke at the meeting said they wanted more spending on buses, and fewer new car parks.</p></body></html>";
}  // namespace

TEST_CASE("An article record has every field and code point paragraph offsets", "[parse_stage]") {
  Json a = Parse({{"id", "p1"}, {"url", "https://n.example/a"}, {"html", kArticle}, {"fetched_at", "2024-01-01T00:00:00Z"}});
  for (const char* key : {"id", "url", "canonical_url", "title", "authors", "published", "modified", "site_name",
                          "language", "description", "text", "paragraphs"})
    CHECK(a.contains(key));
  CHECK(a["id"] == "p1");
  CHECK(a["fetched_at"] == "2024-01-01T00:00:00Z");
  CHECK_FALSE(a.contains("html"));
  const std::string& text = a["text"].get_ref<const std::string&>();
  REQUIRE(a["paragraphs"].size() == 2);
  CHECK(a["paragraphs"][0]["start"] == 0);
  size_t second = a["paragraphs"][1]["start"];
  CHECK(text.substr(second, 9) == "Residents");
}

TEST_CASE("Offsets count code points, not bytes", "[parse_stage]") {
  std::string html =
      "<body><p>Über die Brücke gingen die Bürger, als die Sonne aufging, und sie sangen ein Lied über den Fluss.</p>"
      "<p>Später kamen noch mehr Menschen dazu, die über den Markt gingen, wo die Händler ihre Waren verkauften.</p></body>";
  Json a = Parse({{"id", "u"}, {"html", html}}, ParseOptions{.min_body_chars = 10});
  size_t start = a["paragraphs"][1]["start"];
  CHECK(start == 99);  // 97 code points of the first paragraph (103 bytes) and the blank line
}

TEST_CASE("Bad pages give error records or empty articles with a reason", "[parse_stage]") {
  CHECK(Parse({{"id", "m"}, {"url", "https://x.example/"}})["error"]["code"] == "missing_field");
  CHECK(Parse({{"id", "m"}, {"html", 5}})["error"]["message"] == "\"html\" must be a string, got number");
  CHECK(Parse({{"id", "m"}, {"html", "<p>x</p>"}, {"url", Json::array()}})["error"]["code"] == "invalid_field");
  ParseOptions small;
  small.max_html_bytes = 10;
  CHECK(Parse({{"id", "big"}, {"html", kArticle}}, small)["error"]["code"] == "too_large");
  CHECK(Parse({{"id", "e"}, {"html", "  \n"}})["reason"] == "empty_page");
  CHECK(Parse({{"id", "b"}, {"html", std::string("\x01\x02\x03\x04 binary\x05\x06\x07\x08", 16)}})["reason"] == "not_html");
  Json frameset = Parse({{"id", "f"}, {"html", "<frameset><frame src=a></frameset>"}});
  CHECK(frameset["text"] == "");
  CHECK(frameset.contains("reason"));
}

TEST_CASE("Already parsed records pass through unchanged", "[parse_stage]") {
  Json article = {{"id", "a"}, {"text", "body"}, {"title", "t"}};
  CHECK(Parse(article) == article);
}

TEST_CASE("Pathologically nested pages are bounded", "[parse_stage]") {
  std::string deep;
  for (int i = 0; i < 20000; ++i) deep += "<div>";
  deep += "<p>deep text</p>";
  Json a = Parse({{"id", "deep"}, {"html", deep}});
  CHECK((a.contains("text") || a.contains("error")));
  ParseOptions few;
  few.max_nodes = 100;
  CHECK(Parse({{"id", "deep"}, {"html", deep}}, few)["error"]["code"] == "too_complex");
}
