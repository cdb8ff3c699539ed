#include "extract/date_mentions.h"

#include <catch2/catch.hpp>

using namespace newsclaims::extract;

namespace {
std::vector<std::pair<std::string, std::string>> Dates(std::string_view text, const char* published) {
  std::vector<std::pair<std::string, std::string>> out;
  auto pub = published ? ParseIsoDate(published) : std::nullopt;
  for (const DateMention& d : FindDates(text, pub)) out.push_back({d.text, d.value});
  return out;
}
using Pairs = std::vector<std::pair<std::string, std::string>>;
}  // namespace

TEST_CASE("absolute dates are normalised", "[dates]") {
  CHECK(Dates("Filed on Sept. 13, 2017 and 2 March 2016, due 2018-01-05.", nullptr) ==
        Pairs{{"Sept. 13, 2017", "2017-09-13"}, {"2 March 2016", "2016-03-02"}, {"2018-01-05", "2018-01-05"}});
  CHECK(Dates("In September 2017 the law passed; it began in 2016.", nullptr) ==
        Pairs{{"September 2017", "2017-09"}, {"2016", "2016"}});
}

TEST_CASE("relative dates resolve against the publication date", "[dates]") {
  // 2017-09-20 was a Wednesday.
  CHECK(Dates("On Friday and yesterday, unlike last month or next year.", "2017-09-20T10:00:00Z") ==
        Pairs{{"On Friday", "2017-09-15"}, {"yesterday", "2017-09-19"}, {"last month", "2017-08"},
              {"next year", "2018"}});
  // A month and day more than two months after publication are taken from the year before.
  CHECK(Dates("It happened on March 30.", "2017-01-10") == Pairs{{"March 30", "2016-03-30"}});
  CHECK(Dates("It happened on March 3.", "2017-01-10") == Pairs{{"March 3", "2017-03-03"}});
}

TEST_CASE("relative dates without a publication date have no value", "[dates]") {
  CHECK(Dates("He left on Monday.", nullptr) == Pairs{{"on Monday", ""}});
  CHECK_FALSE(ParseIsoDate("not a date"));
  CHECK_FALSE(ParseIsoDate("2017-13-01"));
}
