// Tests for parse/date_extractor.cc and parse/local_time.cc.
#include "parse/date_extractor.h"

#include <catch2/catch.hpp>

#include "parse/local_time.h"

using namespace newsclaims::parse;

namespace {
std::string Published(const std::string& html, const std::string& url = "https://x.example/a") {
  HtmlDocument doc(html);
  PageMeta meta = CollectPageMeta(doc);
  PageDates d = ExtractDates(doc, meta, url, DaysFromCivil(2026, 1, 1));
  return d.published ? d.published->ToIso() : "none";
}
}  // namespace

TEST_CASE("JSON-LD beats meta tags, and meta tags beat visible text", "[date_extractor]") {
  CHECK(Published(R"(<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-05-01"}</script>
                     <meta property="article:published_time" content="2020-05-03"><p>June 1, 2020</p>)") == "2020-05-01");
  CHECK(Published(R"(<meta property="article:published_time" content="2020-05-03"><p>June 1, 2020</p>)") == "2020-05-03");
  CHECK(Published(R"(<h1>Title</h1><p>June 1, 2020</p>)") == "2020-06-01");
}

TEST_CASE("A full date in the URL corrects a later structured date", "[date_extractor]") {
  CHECK(Published(R"(<meta name="date" content="2021-03-09">)", "https://x.example/2021/03/08/story/") == "2021-03-08");
  CHECK(Published("<p>no date</p>", "https://x.example/news/20190704-fireworks") == "2019-07-04");
}

TEST_CASE("Future and ancient dates are rejected", "[date_extractor]") {
  CHECK(Published(R"(<meta property="article:published_time" content="2031-01-01">)") == "none");
  CHECK(Published(R"(<meta property="article:published_time" content="1970-01-01">)") == "none");
}

TEST_CASE("Comment dates are not the article's", "[date_extractor]") {
  CHECK(Published(R"(<h1>T</h1><div class="comments"><span class="date">May 5, 2020</span></div>)") == "none");
}

TEST_CASE("UTC timestamps move to the publisher's zone", "[local_time]") {
  DateTime utc = *ParseDateString("2023-11-01T23:30:00Z");
  auto offset = EstimateUtcOffset("de-DE", "zeitung.example", utc);
  REQUIRE(offset);
  CHECK(*offset == 60);  // CET: daylight saving time ended on 29 October
  CHECK(ShiftToOffset(utc, *offset).ToIso() == "2023-11-02T00:30:00+01:00");
  DateTime summer = *ParseDateString("2023-07-01T23:30:00Z");
  CHECK(*EstimateUtcOffset("de", "", summer) == 120);
  CHECK(*EstimateUtcOffset("en-US", "", summer) == -240);
  CHECK_FALSE(EstimateUtcOffset("en", "news.example.com", summer));
}

TEST_CASE("A date only in the page summary is used as a last resort", "[date_extractor]") {
  CHECK(Published(R"x(<meta name="description" content="ORSO: un anno da record (Notizia del 14 Gennaio 2020)"><p>x</p>)x") ==
        "2020-01-14");
  CHECK(Published(R"(<h1>T</h1><p class="text"><span class="stand">Stand: 28.04.2020 18:00 Uhr</span></p>)") == "2020-04-28");
}
