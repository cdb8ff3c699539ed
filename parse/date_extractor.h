// DateExtractor: finds a page's publication and modification dates. It tries sources in
// order of reliability (JSON-LD, publication meta tags, a full date in the URL, <time>
// and date-labelled elements, then "Published ..." phrases in the text) and rejects
// implausible dates, preferring no date to a wrong one.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parse/date_parse.h"
#include "parse/html_document.h"
#include "parse/page_meta.h"

namespace newsclaims::parse {

struct PageDates {
  std::optional<DateTime> published;
  std::optional<DateTime> modified;
  std::string published_from;  // which source gave `published` ("json-ld", "meta", "url", ...)
};

// `today` is the latest plausible day (days since 1970); dates after it are ignored.
PageDates ExtractDates(const HtmlDocument& doc, const PageMeta& meta, std::string_view url, long today);

// The date written in a URL path as /2019/11/20/, /2019-11-20/ or /20191120/, if any.
std::optional<DateTime> DateFromUrl(std::string_view url);

}  // namespace newsclaims::parse
