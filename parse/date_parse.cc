// Date string and running-text date parsing; tested by date_parse_test.cc.
#include "parse/date_parse.h"

#include <re2/re2.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

namespace newsclaims::parse {
namespace {

using re2::StringPiece;

bool ValidDay(int y, int m, int d) {
  static const int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  if (d > kDays[m - 1]) return false;
  if (m == 2 && d == 29) return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return true;
}

int ToInt(const std::string& s) { return std::atoi(s.c_str()); }

void ParseOffset(const std::string& tz, DateTime* dt) {
  if (tz.empty()) return;
  if (tz == "Z" || tz == "z" || tz == "UTC" || tz == "GMT") {
    dt->has_offset = true;
    return;
  }
  int sign = tz[0] == '-' ? -1 : 1;
  std::string digits;
  for (char c : tz)
    if (c >= '0' && c <= '9') digits += c;
  if (digits.size() != 4) return;
  int h = ToInt(digits.substr(0, 2)), m = ToInt(digits.substr(2));
  if (h > 14 || m > 59) return;
  dt->has_offset = true;
  dt->offset_minutes = sign * (h * 60 + m);
}

std::optional<DateTime> MakeDate(int y, int m, int d) {
  if (!ValidDay(y, m, d)) return std::nullopt;
  DateTime dt;
  dt.year = y;
  dt.month = m;
  dt.day = d;
  return dt;
}

struct Candidate {
  size_t pos;
  DateTime date;
};

}  // namespace

long DateTime::DayNumber() const { return DaysFromCivil(year, month, day); }

std::string DateTime::ToIso() const {
  char buf[40];
  if (!has_time) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute, second);
  std::string out = buf;
  if (has_offset) {
    if (offset_minutes == 0) {
      out += 'Z';
    } else {
      int a = std::abs(offset_minutes);
      std::snprintf(buf, sizeof buf, "%c%02d:%02d", offset_minutes < 0 ? '-' : '+', a / 60, a % 60);
      out += buf;
    }
  }
  return out;
}

bool PlausibleDate(const DateTime& d, long max_day) {
  if (!ValidDay(d.year, d.month, d.day)) return false;
  long n = d.DayNumber();
  return n >= DaysFromCivil(1995, 1, 1) && n <= max_day;
}

std::optional<DateTime> ParseDateString(std::string_view s) {
  static const RE2 kIso(
      R"re(^\s*(\d{4})-?(\d{1,2})-?(\d{1,2})(?:(?:T|\s+|T\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?)re");
  static const RE2 kSlash(R"re(^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2}))re");
  static const RE2 kEpoch(R"re(^\s*(\d{10})(\d{3})?\s*$)re");
  StringPiece in(s.data(), s.size());
  std::string y, m, d, hh, mm, ss, tz;
  if (RE2::PartialMatch(in, kIso, &y, &m, &d, &hh, &mm, &ss, &tz) && (y.size() == 4)) {
    auto dt = MakeDate(ToInt(y), ToInt(m), ToInt(d));
    if (dt) {
      if (!hh.empty() && ToInt(hh) < 24 && ToInt(mm) < 60) {
        dt->has_time = true;
        dt->hour = ToInt(hh);
        dt->minute = ToInt(mm);
        dt->second = ss.empty() ? 0 : ToInt(ss) % 60;
        ParseOffset(tz, &*dt);
      }
      return dt;
    }
  }
  if (RE2::PartialMatch(in, kSlash, &y, &m, &d)) {
    auto dt = MakeDate(ToInt(y), ToInt(m), ToInt(d));
    if (dt) return dt;
  }
  std::string secs, millis;
  if (RE2::FullMatch(in, kEpoch, &secs, &millis)) {
    std::time_t t = static_cast<std::time_t>(std::atoll(secs.c_str()));
    std::tm tm{};
    gmtime_r(&t, &tm);
    auto dt = MakeDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    if (dt) {
      dt->has_time = true;
      dt->hour = tm.tm_hour;
      dt->minute = tm.tm_min;
      dt->second = tm.tm_sec;
      dt->has_offset = true;
      return dt;
    }
  }
  return FindDateInText(s, true);
}

std::optional<DateTime> FindDateInText(std::string_view text, bool day_first, size_t* pos) {
  // Word characters include letters with diacritics (UTF-8 \pL) so "März" and "décembre" match.
  static const RE2 kDayMonthYear(
      R"re((?i)(?:^|[^\d\pL])(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+|of\s+)?(\pL{3,12})\.?,?\s*(?:de\s+|del\s+)?(\d{4})(?:[^\d]|$))re");
  static const RE2 kMonthDayYear(
      R"re((?i)(?:^|[^\pL])(\pL{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[^\d]|$))re");
  static const RE2 kIsoInText(R"re((?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?:[^\d]|$))re");
  static const RE2 kYmdSlash(R"re((?:^|[^\d])(\d{4})/(\d{1,2})/(\d{1,2})(?:[^\d]|$))re");
  static const RE2 kDmyDot(R"re((?:^|[^\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:[^\d]|$))re");
  static const RE2 kNumSlash(R"re((?:^|[^\d/])(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:[^\d]|$))re");
  static const RE2 kCjk(R"re((\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)re");

  StringPiece in(text.data(), text.size());
  std::vector<Candidate> found;
  auto scan = [&](const RE2& re, auto&& build) {
    StringPiece rest = in;
    std::string a, b, c;
    StringPiece whole;
    // Try successive matches until one yields a valid date (a pattern may hit "1 of 2019" first).
    for (int tries = 0; tries < 20 && !rest.empty(); ++tries) {
      StringPiece groups[4];
      if (!re.Match(rest, 0, rest.size(), RE2::UNANCHORED, groups, 4)) return;
      a = std::string(groups[1].data(), groups[1].size());
      b = std::string(groups[2].data(), groups[2].size());
      c = std::string(groups[3].data(), groups[3].size());
      auto dt = build(a, b, c);
      size_t at = static_cast<size_t>(groups[1].data() - in.data());
      if (dt) {
        found.push_back({at, *dt});
        return;
      }
      size_t advance = static_cast<size_t>(groups[1].data() + groups[1].size() - rest.data());
      rest.remove_prefix(advance);
    }
  };
  scan(kIsoInText, [](auto& y, auto& m, auto& d) { return MakeDate(ToInt(y), ToInt(m), ToInt(d)); });
  scan(kYmdSlash, [](auto& y, auto& m, auto& d) { return MakeDate(ToInt(y), ToInt(m), ToInt(d)); });
  scan(kCjk, [](auto& y, auto& m, auto& d) { return MakeDate(ToInt(y), ToInt(m), ToInt(d)); });
  scan(kDayMonthYear, [](auto& d, auto& mon, auto& y) -> std::optional<DateTime> {
    int m = MonthFromName(mon);
    return m ? MakeDate(ToInt(y), m, ToInt(d)) : std::nullopt;
  });
  scan(kMonthDayYear, [](auto& mon, auto& d, auto& y) -> std::optional<DateTime> {
    int m = MonthFromName(mon);
    return m ? MakeDate(ToInt(y), m, ToInt(d)) : std::nullopt;
  });
  scan(kDmyDot, [](auto& d, auto& m, auto& y) { return MakeDate(ToInt(y), ToInt(m), ToInt(d)); });
  scan(kNumSlash, [day_first](auto& a, auto& b, auto& y) -> std::optional<DateTime> {
    int x = ToInt(a), z = ToInt(b);
    bool dfirst = x > 12 ? true : (z > 12 ? false : day_first);
    return dfirst ? MakeDate(ToInt(y), z, x) : MakeDate(ToInt(y), x, z);
  });
  if (found.empty()) return std::nullopt;
  const Candidate* best = &found[0];
  for (const auto& c : found)
    if (c.pos < best->pos) best = &c;
  if (pos) *pos = best->pos;
  return best->date;
}

}  // namespace newsclaims::parse
