// Tests for parse/metadata_extractor.cc (the fixture-driven cases are in tests/metadata_fixtures_test.cc).
#include "parse/metadata_extractor.h"

#include <catch2/catch.hpp>

using namespace newsclaims::parse;

TEST_CASE("CleanByline splits names and drops job titles", "[metadata]") {
  using V = std::vector<std::string>;
  CHECK(CleanByline("By Jane Doe and John Roe, Staff Writers") == V{"Jane Doe", "John Roe"});
  CHECK(CleanByline("Von Anna Schmidt und Jonas Weber") == V{"Anna Schmidt", "Jonas Weber"});
  CHECK(CleanByline("By Sam Lee | Updated 5:30 PM") == V{"Sam Lee"});
  CHECK(CleanByline("Staff Reporter").empty());
  CHECK(CleanByline("https://www.facebook.com/someone").empty());
  CHECK(CleanByline("editor@example.com").empty());
  CHECK(CleanByline("Associated Press").empty());
}

TEST_CASE("NormaliseLanguage produces BCP 47 tags", "[metadata]") {
  CHECK(NormaliseLanguage("en_US") == "en-US");
  CHECK(NormaliseLanguage("DE") == "de");
  CHECK(NormaliseLanguage("es-419") == "es-419");
  CHECK(NormaliseLanguage("").empty());
  CHECK(NormaliseLanguage("??").empty());
}

TEST_CASE("Title prefers the headline over the <title> with its site suffix", "[metadata]") {
  HtmlDocument doc("<title>Storm hits coast | Coast News</title><h1>Storm hits coast</h1>");
  PageMeta meta = CollectPageMeta(doc);
  ArticleMetadata md = ExtractMetadata(doc, meta, "https://www.coastnews.example/a");
  CHECK(md.title == "Storm hits coast");
  CHECK(md.site_name == "coastnews.example");
  CHECK(md.canonical_url == "https://www.coastnews.example/a");
}

TEST_CASE("Canonical links are resolved against the page URL", "[metadata]") {
  HtmlDocument doc(R"(<link rel="canonical" href="/story/1"><title>A long enough title here</title>)");
  PageMeta meta = CollectPageMeta(doc);
  CHECK(ExtractMetadata(doc, meta, "https://n.example/x?y=1").canonical_url == "https://n.example/story/1");
}

TEST_CASE("Broken JSON-LD is tolerated", "[metadata]") {
  HtmlDocument doc("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Line\nbreak\"</script>"
                   "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Ida Lind\"}}</script>");
  PageMeta meta = CollectPageMeta(doc);
  CHECK(meta.json_ld.size() == 1);
  CHECK(ExtractMetadata(doc, meta, "").authors == std::vector<std::string>{"Ida Lind"});
}
