// Metadata extraction on tests/fixtures/metadata/: one small page per way sites mark up
// title, authors, dates and language (JSON-LD, Open Graph, <time>, microdata, Dublin
// Core, Parse.ly, bylines, datelines, German, French and Japanese pages, URL dates),
// with the expected values in expected.json.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "parse/date_parse.h"
#include "parse/parse_stage.h"
#include "tests/test_paths.h"

using namespace newsclaims;

TEST_CASE("metadata fixtures give the expected title, authors, date and language", "[metadata_fixtures]") {
  std::string dir = std::string(NEWSCLAIMS_SOURCE_DIR) + "/tests/fixtures/metadata/";
  std::ifstream in(dir + "expected.json");
  Json expected = Json::parse(in);
  REQUIRE(expected.size() >= 10);
  for (auto& [name, want] : expected.items()) {
    INFO(name);
    std::ifstream page_in(dir + name + ".html");
    std::stringstream html;
    html << page_in.rdbuf();
    Json page = {{"id", name}, {"url", want.value("url", "https://example.org/" + name)}, {"html", html.str()}};
    RecordContext ctx(std::chrono::steady_clock::now() + std::chrono::seconds(10));
    parse::ParseOptions options;
    options.today = parse::DaysFromCivil(2026, 1, 1);
    Json got = parse::ParsePage(page, name, options, ctx);
    CHECK(got["title"] == want["title"]);
    CHECK(got["authors"] == want["authors"]);
    CHECK(got["language"] == want["language"]);
    if (want["published"].is_null()) {
      CHECK(got["published"].is_null());
    } else {
      REQUIRE(got["published"].is_string());
      CHECK(got["published"].get<std::string>().substr(0, 10) == want["published"]);
    }
    if (want.contains("site_name")) CHECK(got["site_name"] == want["site_name"]);
  }
}
