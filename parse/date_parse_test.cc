// Tests for parse/date_parse.cc and parse/month_names.cc.
#include "parse/date_parse.h"

#include <catch2/catch.hpp>

using namespace newsclaims::parse;

namespace {
std::string Iso(std::optional<DateTime> d) { return d ? d->ToIso() : "none"; }
}  // namespace

TEST_CASE("ParseDateString reads machine dates", "[date_parse]") {
  CHECK(Iso(ParseDateString("2019-11-20")) == "2019-11-20");
  CHECK(Iso(ParseDateString("2019-11-20T10:22:33Z")) == "2019-11-20T10:22:33Z");
  CHECK(Iso(ParseDateString("2019-11-20T10:22:33.123+0530")) == "2019-11-20T10:22:33+05:30");
  CHECK(Iso(ParseDateString("2019-11-20 10:22")) == "2019-11-20T10:22:00");
  CHECK(Iso(ParseDateString("2019/11/20")) == "2019-11-20");
  CHECK(Iso(ParseDateString("Wed, 20 Nov 2019 10:00:00 GMT")) == "2019-11-20");
  CHECK(Iso(ParseDateString("1574244000")) == "2019-11-20T10:00:00Z");
  CHECK(Iso(ParseDateString("2019-02-30")) == "none");
  CHECK(Iso(ParseDateString("soon")) == "none");
}

TEST_CASE("FindDateInText reads dates as news sites print them", "[date_parse]") {
  struct Case { const char* text; bool day_first; const char* want; };
  const Case cases[] = {
      {"Posted Nov. 20, 2019 at 5pm", false, "2019-11-20"},
      {"November 3rd, 2021", false, "2021-11-03"},
      {"Veröffentlicht am 14. März 2021", true, "2021-03-14"},
      {"Publié le 12 janvier 2019", true, "2019-01-12"},
      {"20 de noviembre de 2019", true, "2019-11-20"},
      {"Stand: 28.04.2020 18:00 Uhr", true, "2020-04-28"},
      {"2020年10月9日 18時", true, "2020-10-09"},
      {"03/04/2020", true, "2020-04-03"},
      {"03/04/2020", false, "2020-03-04"},
      {"25/12/2020", false, "2020-12-25"},
      {"page 1 of 2019 results", true, "none"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Iso(FindDateInText(c.text, c.day_first)) == c.want);
  }
}

TEST_CASE("MonthFromName knows several languages", "[date_parse]") {
  CHECK(MonthFromName("Sept.") == 9);
  CHECK(MonthFromName("MÄRZ") == 3);
  CHECK(MonthFromName("décembre") == 12);
  CHECK(MonthFromName("maggio") == 5);
  CHECK(MonthFromName("Monday") == 0);
}

TEST_CASE("PlausibleDate rejects the far past and the future", "[date_parse]") {
  DateTime d;
  d.year = 1990;
  d.month = 1;
  d.day = 1;
  CHECK_FALSE(PlausibleDate(d, DaysFromCivil(2030, 1, 1)));
  d.year = 2020;
  CHECK(PlausibleDate(d, DaysFromCivil(2030, 1, 1)));
  CHECK_FALSE(PlausibleDate(d, DaysFromCivil(2019, 1, 1)));
}
