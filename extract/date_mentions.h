// DateMentions: dates named in an article's text ("Sept. 13, 2017", "on Friday", "last
// month", "2016-11-08") with their ISO 8601 value, resolved against the article's
// publication date for relative and partial expressions. Patterns are RE2; the month and
// weekday names they accept are English.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/civil_date.h"

namespace newsclaims::extract {

struct DateMention {
  size_t begin = 0, end = 0;  // byte offsets in the text
  std::string text;
  std::string value;  // "2017-09-13", "2017-09", "2017", or "" when it cannot be resolved
};

using newsclaims::CivilDate;  // `published` anchors relative expressions

// Parses "YYYY-MM-DD..." (the start of an ISO date or timestamp).
std::optional<CivilDate> ParseIsoDate(std::string_view s);

std::vector<DateMention> FindDates(std::string_view text, const std::optional<CivilDate>& published);

}  // namespace newsclaims::extract
