// Month names and abbreviations per language, used by date_parse.cc; tested by date_parse_test.cc.
#include <unicode/unistr.h>

#include <string>
#include <string_view>
#include <unordered_map>

#include "parse/date_parse.h"

namespace newsclaims::parse {
namespace {

// One row per month: every name and abbreviation, lower-case, space-separated.
const char* const kMonths[12] = {
    "january jan januar janvier janv enero ene gennaio genn gen janeiro januari jänner jän januar tammikuu styczeń stycznia января январь ocak",
    "february feb febr februar février févr fevrier fevr febrero febbraio fevereiro fev februari helmikuu luty lutego февраля февраль şubat",
    "march mar märz maerz mars marzo mar março marco maart mrt mars maaliskuu marzec marca марта март mart",
    "april apr avril avr abril abr aprile aprile april huhtikuu kwiecień kwietnia апреля апрель nisan",
    "may mai mayo maggio mag maio mei maj toukokuu maja мая май mayıs",
    "june jun juni juin junio giugno giu junho kesäkuu czerwiec czerwca июня июнь haziran",
    "july jul juli juillet juil julio luglio lug julho heinäkuu lipiec lipca июля июль temmuz",
    "august aug august août aout agosto ago augustus elokuu sierpień sierpnia августа август ağustos",
    "september sep sept september septembre septiembre setiembre settembre set setembro syyskuu wrzesień września сентября сентябрь eylül",
    "october oct oktober okt octobre octubre oct ottobre ott outubro out oktober lokakuu październik października октября октябрь ekim",
    "november nov november novembre noviembre novembre novembro marraskuu listopad listopada ноября ноябрь kasım",
    "december dec dez dezember décembre decembre déc diciembre dic dicembre dezembro december des desember joulukuu grudzień grudnia декабря декабрь aralık",
};

std::unordered_map<std::string, int> BuildTable() {
  std::unordered_map<std::string, int> table;
  for (int m = 0; m < 12; ++m) {
    std::string_view row = kMonths[m];
    size_t i = 0;
    while (i < row.size()) {
      size_t j = row.find(' ', i);
      if (j == std::string_view::npos) j = row.size();
      std::string name(row.substr(i, j - i));
      table.emplace(name, m + 1);
      i = j + 1;
    }
  }
  return table;
}

}  // namespace

int MonthFromName(std::string_view name) {
  static const std::unordered_map<std::string, int> kTable = BuildTable();
  while (!name.empty() && name.back() == '.') name.remove_suffix(1);
  if (name.empty() || name.size() > 40) return 0;
  std::string lower;
  icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())))
      .toLower()
      .toUTF8String(lower);
  auto it = kTable.find(lower);
  return it == kTable.end() ? 0 : it->second;
}

}  // namespace newsclaims::parse
