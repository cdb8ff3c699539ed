// Civil (proleptic Gregorian) dates as day numbers, for date arithmetic in parse and
// extract: days since 1970-01-01 and back (Howard Hinnant's algorithms).
#pragma once

namespace newsclaims {

struct CivilDate {
  int year = 0, month = 0, day = 0;
};

// Days since 1970-01-01 for a civil date.
long DaysFromCivil(int y, int m, int d);

// The civil date `days` days after 1970-01-01.
CivilDate CivilFromDays(long days);

}  // namespace newsclaims
