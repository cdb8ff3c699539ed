#include "extract/date_mentions.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>

#include "common/utf8.h"

namespace newsclaims::extract {
namespace {

constexpr const char* kMonth =
    "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|"
    "Sep(?:tember|t\\.|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

int MonthNumber(std::string_view m) {
  static const char* kNames[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string l = AsciiLower(m.substr(0, 3));
  for (int i = 0; i < 12; ++i)
    if (l == kNames[i]) return i + 1;
  return 0;
}

std::string Format(int y, int m = 0, int d = 0) {
  char buf[16];
  if (d) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  else if (m) std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  else std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

int Weekday(std::string_view w) {  // 0 = Monday
  static const char* kNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  std::string l = AsciiLower(w.substr(0, 3));
  for (int i = 0; i < 7; ++i)
    if (l == kNames[i]) return i;
  return -1;
}

struct Patterns {
  RE2 full{std::string("\\b") + kMonth + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"};
  RE2 day_month_year{std::string("\\b(\\d{1,2})\\s+") + kMonth + ",?\\s+(\\d{4})\\b"};
  RE2 month_day{std::string("\\b") + kMonth + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b"};
  RE2 month_year{std::string("\\b") + kMonth + "\\s+(?:of\\s+)?(\\d{4})\\b"};
  RE2 iso{"\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"};
  RE2 weekday{"\\b(?:((?i)last|next|this|on)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"};
  RE2 relative{"\\b(yesterday|today|tomorrow|(?:last|next|this)\\s+(?:week|month|year))\\b"};
  RE2 year{"\\b(?:in|since|by|until|of|during)\\s+((?:19|20)\\d{2})\\b"};
};

const Patterns& P() {
  static const Patterns p;
  return p;
}

}  // namespace

std::optional<CivilDate> ParseIsoDate(std::string_view s) {
  int y, m, d;
  if (s.size() < 10 || std::sscanf(std::string(s.substr(0, 10)).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3)
    return std::nullopt;
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return CivilDate{y, m, d};
}

std::vector<DateMention> FindDates(std::string_view text, const std::optional<CivilDate>& published) {
  std::vector<DateMention> out;
  std::vector<std::pair<size_t, size_t>> taken;
  auto free = [&](size_t a, size_t b) {
    for (auto [x, y] : taken)
      if (a < y && x < b) return false;
    return true;
  };
  auto add = [&](re2::StringPiece whole, std::string value) {
    size_t a = whole.data() - text.data(), b = a + whole.size();
    if (!free(a, b)) return;
    taken.push_back({a, b});
    out.push_back({a, b, std::string(whole), std::move(value)});
  };
  auto scan = [&](const RE2& re, int groups, auto handle) {
    re2::StringPiece input(text.data(), text.size());
    std::vector<re2::StringPiece> g(groups + 1);
    size_t pos = 0;
    while (pos <= text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, g.data(), groups + 1)) {
      handle(g);
      pos = (g[0].data() - text.data()) + std::max<size_t>(g[0].size(), 1);
    }
  };
  const Patterns& p = P();
  auto num = [](re2::StringPiece s) { return std::atoi(std::string(s).c_str()); };
  scan(p.full, 3, [&](auto& g) { add(g[0], Format(num(g[3]), MonthNumber(std::string_view(g[1].data(), g[1].size())), num(g[2]))); });
  scan(p.day_month_year, 3, [&](auto& g) { add(g[0], Format(num(g[3]), MonthNumber(std::string_view(g[2].data(), g[2].size())), num(g[1]))); });
  scan(p.iso, 3, [&](auto& g) { add(g[0], Format(num(g[1]), num(g[2]), num(g[3]))); });
  scan(p.month_year, 2, [&](auto& g) { add(g[0], Format(num(g[2]), MonthNumber(std::string_view(g[1].data(), g[1].size())))); });
  scan(p.month_day, 2, [&](auto& g) {
    int m = MonthNumber(std::string_view(g[1].data(), g[1].size())), d = num(g[2]);
    if (d < 1 || d > 31) return;
    std::string value;
    if (published) {
      // The nearest such date to publication (news mostly looks back a few months).
      int y = published->year;
      if (DaysFromCivil(y, m, d) - DaysFromCivil(published->year, published->month, published->day) > 60) --y;
      value = Format(y, m, d);
    }
    add(g[0], value);
  });
  long pub = published ? DaysFromCivil(published->year, published->month, published->day) : 0;
  scan(p.weekday, 2, [&](auto& g) {
    std::string value;
    if (published) {
      int wd = Weekday(std::string_view(g[2].data(), g[2].size()));
      int pub_wd = static_cast<int>(((pub % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
      std::string_view mod(g[1].data(), g[1].size());
      long delta = (mod == "next") ? ((wd - pub_wd + 7) % 7 ? (wd - pub_wd + 7) % 7 : 7)
                                   : -(((pub_wd - wd) % 7 + 7) % 7);
      if (mod == "last" && delta == 0) delta = -7;
      CivilDate c = CivilFromDays(pub + delta);
      value = Format(c.year, c.month, c.day);
    }
    add(g[0], value);
  });
  scan(p.relative, 1, [&](auto& g) {
    std::string value;
    if (published) {
      std::string_view e(g[1].data(), g[1].size());
      CivilDate c = *published;
      if (e == "yesterday") c = CivilFromDays(pub - 1);
      else if (e == "tomorrow") c = CivilFromDays(pub + 1);
      if (e == "yesterday" || e == "today" || e == "tomorrow") value = Format(c.year, c.month, c.day);
      else if (e.ends_with("year")) value = Format(c.year + (e.starts_with("last") ? -1 : e.starts_with("next") ? 1 : 0));
      else if (e.ends_with("month")) {
        int shift = e.starts_with("last") ? -1 : e.starts_with("next") ? 1 : 0;
        int m = c.month + shift, y = c.year;
        if (m < 1) { m = 12; --y; }
        if (m > 12) { m = 1; ++y; }
        value = Format(y, m);
      } else {
        long shift = e.starts_with("last") ? -7 : e.starts_with("next") ? 7 : 0;
        CivilDate w = CivilFromDays(pub + shift);
        value = Format(w.year, w.month, w.day);
      }
    }
    add(g[0], value);
  });
  scan(p.year, 1, [&](auto& g) { add(g[1], std::string(g[1])); });
  std::sort(out.begin(), out.end(), [](const DateMention& a, const DateMention& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace newsclaims::extract
