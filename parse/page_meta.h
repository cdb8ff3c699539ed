// PageMeta: everything a page says about itself in machine-readable form, collected in
// one pass: <meta> tags, <link rel> targets, JSON-LD objects, <html lang> and <title>.
// The metadata and date extractors read from it instead of walking the tree again.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/record.h"
#include "parse/html_document.h"

namespace newsclaims::parse {

struct PageMeta {
  // <meta> name/property/itemprop/http-equiv (lower-cased) -> contents, in document order.
  std::multimap<std::string, std::string> meta;
  std::string html_lang;
  std::string title;         // <title> text
  std::string canonical;     // <link rel=canonical href>
  std::vector<std::string> author_links;  // text of <a rel=author>
  // Every object found in JSON-LD scripts, with @graph arrays flattened.
  std::vector<Json> json_ld;

  // The first non-empty value of any of `names`, in the order of `names`.
  std::string First(std::initializer_list<const char*> names) const;
  // All values of one name.
  std::vector<std::string> All(const std::string& name) const;
};

PageMeta CollectPageMeta(const HtmlDocument& doc);

// True when a JSON-LD object's @type is (or includes) one of the article-like types.
bool IsArticleType(const Json& obj);
// The first JSON-LD object whose @type is article-like, or nullptr.
const Json* MainArticleObject(const PageMeta& meta);

}  // namespace newsclaims::parse
