// MetadataExtractor: the descriptive fields of an article record (title, authors, site
// name, language, canonical URL, description) from JSON-LD, meta tags and visible markup.
// Values it cannot establish are left empty: no value is better than a wrong one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/html_document.h"
#include "parse/page_meta.h"

namespace newsclaims::parse {

struct ArticleMetadata {
  std::string title;
  std::vector<std::string> authors;
  std::string site_name;
  std::string language;  // BCP 47, e.g. "en" or "de-CH"
  std::string canonical_url;
  std::string description;
};

ArticleMetadata ExtractMetadata(const HtmlDocument& doc, const PageMeta& meta, std::string_view url);

// Splits and cleans a byline ("By Jane Doe and John Roe, Staff Writers") into names,
// dropping job titles, dates, e-mail addresses and other non-names.
std::vector<std::string> CleanByline(std::string_view byline);

// Normalises a language tag ("en_US" -> "en-US", "DE" -> "de"); empty when it is not one.
std::string NormaliseLanguage(std::string_view tag);

}  // namespace newsclaims::parse
