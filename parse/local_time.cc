// Publisher time zone estimation and UTC conversion; tested by date_extractor_test.cc.
#include "parse/local_time.h"

#include "common/civil_date.h"
#include "common/utf8.h"

#include <algorithm>
#include <string>

namespace newsclaims::parse {
namespace {

enum class Dst { kNone, kEu, kUs, kAuSouth };

struct Zone {
  const char* code;  // ISO 3166 region (from the language tag) or country domain
  int standard;      // minutes east of UTC
  Dst dst;
};

// One representative zone per country: the capital's, or the most populous region's.
const Zone kZones[] = {
    {"de", 60, Dst::kEu}, {"at", 60, Dst::kEu}, {"ch", 60, Dst::kEu}, {"it", 60, Dst::kEu},
    {"fr", 60, Dst::kEu}, {"es", 60, Dst::kEu}, {"nl", 60, Dst::kEu}, {"be", 60, Dst::kEu},
    {"lu", 60, Dst::kEu}, {"dk", 60, Dst::kEu}, {"se", 60, Dst::kEu}, {"no", 60, Dst::kEu},
    {"pl", 60, Dst::kEu}, {"cz", 60, Dst::kEu}, {"sk", 60, Dst::kEu}, {"hu", 60, Dst::kEu},
    {"si", 60, Dst::kEu}, {"hr", 60, Dst::kEu}, {"rs", 60, Dst::kEu}, {"al", 60, Dst::kEu},
    {"gb", 0, Dst::kEu},  {"uk", 0, Dst::kEu},  {"ie", 0, Dst::kEu},  {"pt", 0, Dst::kEu},
    {"fi", 120, Dst::kEu}, {"gr", 120, Dst::kEu}, {"ro", 120, Dst::kEu}, {"bg", 120, Dst::kEu},
    {"ua", 120, Dst::kEu}, {"ee", 120, Dst::kEu}, {"lv", 120, Dst::kEu}, {"lt", 120, Dst::kEu},
    {"ru", 180, Dst::kNone}, {"tr", 180, Dst::kNone}, {"in", 330, Dst::kNone}, {"cn", 480, Dst::kNone},
    {"tw", 480, Dst::kNone}, {"hk", 480, Dst::kNone}, {"sg", 480, Dst::kNone}, {"jp", 540, Dst::kNone},
    {"kr", 540, Dst::kNone}, {"au", 600, Dst::kAuSouth}, {"us", -300, Dst::kUs}, {"ca", -300, Dst::kUs},
    {"mx", -360, Dst::kNone}, {"br", -180, Dst::kNone}, {"ar", -180, Dst::kNone}, {"cl", -240, Dst::kNone},
};

// Languages spoken mainly in one zone, for tags without a region ("de", "ja").
const Zone kLanguages[] = {
    {"de", 60, Dst::kEu}, {"it", 60, Dst::kEu}, {"fr", 60, Dst::kEu}, {"nl", 60, Dst::kEu},
    {"pl", 60, Dst::kEu}, {"cs", 60, Dst::kEu}, {"sv", 60, Dst::kEu}, {"da", 60, Dst::kEu},
    {"nb", 60, Dst::kEu}, {"hu", 60, Dst::kEu}, {"fi", 120, Dst::kEu}, {"el", 120, Dst::kEu},
    {"ja", 540, Dst::kNone}, {"ko", 540, Dst::kNone}, {"tr", 180, Dst::kNone},
};

long UtcMinutes(const DateTime& d) {
  return DaysFromCivil(d.year, d.month, d.day) * 1440L + d.hour * 60 + d.minute;
}

// Day of month of the last (or nth) Sunday of a month.
int LastSunday(int y, int m) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int last = kDays[m - 1];
  long n = DaysFromCivil(y, m, last);
  int weekday = static_cast<int>(((n % 7) + 11) % 7);  // 0 = Sunday (1970-01-01 was a Thursday)
  return last - weekday;
}

int NthSunday(int y, int m, int nth) {
  long n = DaysFromCivil(y, m, 1);
  int weekday = static_cast<int>(((n % 7) + 11) % 7);
  return 1 + (7 - weekday) % 7 + 7 * (nth - 1);
}

bool InDst(Dst rule, const DateTime& utc, int standard) {
  long t = UtcMinutes(utc);
  int y = utc.year;
  switch (rule) {
    case Dst::kNone:
      return false;
    case Dst::kEu:  // last Sunday of March to last Sunday of October, 01:00 UTC
      return t >= DaysFromCivil(y, 3, LastSunday(y, 3)) * 1440L + 60 &&
             t < DaysFromCivil(y, 10, LastSunday(y, 10)) * 1440L + 60;
    case Dst::kUs:  // second Sunday of March to first Sunday of November, 02:00 local
      return t >= DaysFromCivil(y, 3, NthSunday(y, 3, 2)) * 1440L + 120 - standard &&
             t < DaysFromCivil(y, 11, NthSunday(y, 11, 1)) * 1440L + 120 - standard - 60;
    case Dst::kAuSouth:  // first Sunday of October to first Sunday of April
      return t >= DaysFromCivil(y, 10, NthSunday(y, 10, 1)) * 1440L + 120 - standard ||
             t < DaysFromCivil(y, 4, NthSunday(y, 4, 1)) * 1440L + 180 - standard - 60;
  }
  return false;
}

const Zone* Find(const Zone* begin, const Zone* end, const std::string& code) {
  for (const Zone* z = begin; z != end; ++z)
    if (code == z->code) return z;
  return nullptr;
}

}  // namespace

std::optional<int> EstimateUtcOffset(std::string_view language, std::string_view host, const DateTime& utc) {
  std::string lang = AsciiLower(language);
  std::string region = lang.size() > 3 && (lang[2] == '-' || lang[2] == '_') ? lang.substr(3, 2) : "";
  std::string primary = lang.substr(0, 2);
  std::string h = AsciiLower(host);
  std::string tld = h.substr(h.find_last_of('.') == std::string::npos ? h.size() : h.find_last_of('.') + 1);
  const Zone* zone = nullptr;
  if (!region.empty()) zone = Find(std::begin(kZones), std::end(kZones), region);
  if (!zone && tld.size() == 2) zone = Find(std::begin(kZones), std::end(kZones), tld);
  if (!zone && !primary.empty()) zone = Find(std::begin(kLanguages), std::end(kLanguages), primary);
  if (!zone) return std::nullopt;
  return zone->standard + (InDst(zone->dst, utc, zone->standard) ? 60 : 0);
}

DateTime ShiftToOffset(const DateTime& utc, int offset_minutes) {
  long t = UtcMinutes(utc) - (utc.has_offset ? utc.offset_minutes : 0) + offset_minutes;
  long days = t >= 0 ? t / 1440 : (t - 1439) / 1440;
  long minutes = t - days * 1440;
  CivilDate civil = CivilFromDays(days);
  DateTime out = utc;
  out.year = civil.year;
  out.month = civil.month;
  out.day = civil.day;
  out.hour = static_cast<int>(minutes / 60);
  out.minute = static_cast<int>(minutes % 60);
  out.has_offset = true;
  out.offset_minutes = offset_minutes;
  return out;
}

}  // namespace newsclaims::parse
