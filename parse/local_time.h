// Local publication dates from UTC timestamps. A page that gives its publication time in
// UTC ("2023-11-01T23:01:00Z") was published on the calendar day of the publisher's own
// time zone; this estimates that zone from the page language's region and the host's
// country domain, with daylight saving time, and converts the timestamp.
#pragma once

#include <optional>
#include <string_view>

#include "parse/date_parse.h"

namespace newsclaims::parse {

// The publisher's UTC offset in minutes at instant `utc`, or nullopt when the language
// and host do not point to one time zone (for example plain "en" on a .com site).
std::optional<int> EstimateUtcOffset(std::string_view language, std::string_view host, const DateTime& utc);

// `utc` shifted to the given offset (date, time and offset fields all updated).
DateTime ShiftToOffset(const DateTime& utc, int offset_minutes);

}  // namespace newsclaims::parse
