// Date parsing for publication dates: ISO 8601 and the textual forms news sites print
// ("Nov. 20, 2019", "20. November 2019", "20 de noviembre de 2019", "2019年11月20日",
// "20.11.2019") in English, German, French, Spanish, Italian, Portuguese, Dutch and
// Scandinavian languages. Month names live in month_names.cc.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/civil_date.h"

namespace newsclaims::parse {

struct DateTime {
  int year = 0, month = 0, day = 0;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  bool has_offset = false;
  int offset_minutes = 0;  // east of UTC

  // "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" plus "Z"/"+HH:MM" when the offset is known.
  std::string ToIso() const;
  // Days since 1970-01-01 (for comparisons).
  long DayNumber() const;
};

// Whether a parsed date is a plausible publication date: a real calendar day between
// 1995-01-01 and `max_day` (DayNumber of the latest acceptable day).
bool PlausibleDate(const DateTime& d, long max_day);

// Parses a whole string that holds a machine-readable date: ISO 8601 (with or without
// time and offset), "YYYY/MM/DD", RFC 822 ("Wed, 20 Nov 2019 10:00:00 GMT"), a Unix
// timestamp, or failing those the first textual date in it (FindDateInText).
std::optional<DateTime> ParseDateString(std::string_view s);

// Finds the first date written in running text. `day_first` decides ambiguous numeric
// dates such as 03/04/2020 (true: 3 April). Returns the byte offset of the match in `*pos`.
std::optional<DateTime> FindDateInText(std::string_view text, bool day_first, size_t* pos = nullptr);

// Month number (1-12) of a month name or abbreviation in any supported language
// (case-insensitive, trailing '.' ignored), or 0.
int MonthFromName(std::string_view name);

// Days since 1970-01-01 for a civil date (shared with extract: common/civil_date.h).
using newsclaims::DaysFromCivil;

}  // namespace newsclaims::parse
