// One-pass collection of meta tags, links and JSON-LD; tested by metadata_test.cc.
#include "parse/page_meta.h"

#include "common/utf8.h"

#include <algorithm>

namespace newsclaims::parse {
namespace {

void Flatten(Json&& value, std::vector<Json>& out, int depth) {
  if (depth > 8) return;
  if (value.is_array()) {
    for (auto& v : value) Flatten(std::move(v), out, depth + 1);
  } else if (value.is_object()) {
    auto graph = value.find("@graph");
    if (graph != value.end()) {
      Json g = std::move(*graph);
      value.erase("@graph");
      Flatten(std::move(g), out, depth + 1);
    }
    out.push_back(std::move(value));
  }
}

void ParseJsonLd(const GumboNode* script, std::vector<Json>& out) {
  std::string text;
  const GumboVector& kids = script->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_CDATA || k->type == GUMBO_NODE_WHITESPACE)
      text += k->v.text.text;
  }
  if (text.size() > (4u << 20)) return;
  // Some sites wrap JSON-LD in CDATA comments or leave trailing semicolons.
  size_t b = text.find_first_of("[{");
  size_t e = text.find_last_of("]}");
  if (b == std::string::npos || e == std::string::npos || e < b) return;
  Json value = Json::parse(text.begin() + b, text.begin() + e + 1, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) {
    // Raw newlines inside strings are the most common defect; JSON parsers reject them.
    std::string fixed = text.substr(b, e - b + 1);
    std::replace(fixed.begin(), fixed.end(), '\n', ' ');
    std::replace(fixed.begin(), fixed.end(), '\r', ' ');
    std::replace(fixed.begin(), fixed.end(), '\t', ' ');
    value = Json::parse(fixed, nullptr, false);
    if (value.is_discarded()) return;
  }
  Flatten(std::move(value), out, 0);
}

}  // namespace

std::string PageMeta::First(std::initializer_list<const char*> names) const {
  for (const char* name : names) {
    auto range = meta.equal_range(name);
    for (auto it = range.first; it != range.second; ++it)
      if (!it->second.empty()) return it->second;
  }
  return {};
}

std::vector<std::string> PageMeta::All(const std::string& name) const {
  std::vector<std::string> out;
  auto range = meta.equal_range(name);
  for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
  return out;
}

PageMeta CollectPageMeta(const HtmlDocument& doc) {
  PageMeta pm;
  const GumboNode* root = doc.root();
  pm.html_lang = std::string(Attr(root, "lang"));
  if (pm.html_lang.empty()) pm.html_lang = std::string(Attr(root, "xml:lang"));
  ForEachElement(root, [&](const GumboNode* n) {
    switch (n->v.element.tag) {
      case GUMBO_TAG_META: {
        std::string_view content = Attr(n, "content");
        if (content.empty()) content = Attr(n, "value");
        if (content.empty()) content = Attr(n, "datetime");
        for (const char* key : {"name", "property", "itemprop", "http-equiv"}) {
          std::string_view k = Attr(n, key);
          if (!k.empty()) pm.meta.emplace(AsciiLower(k), CollapseSpace(content));
        }
        return false;
      }
      case GUMBO_TAG_TITLE:
        if (pm.title.empty()) pm.title = NodeText(n);
        return false;
      case GUMBO_TAG_LINK: {
        std::string rel = AsciiLower(Attr(n, "rel"));
        if (rel == "canonical" && pm.canonical.empty()) pm.canonical = CollapseSpace(Attr(n, "href"));
        return false;
      }
      case GUMBO_TAG_A:
        if (AsciiLower(Attr(n, "rel")).find("author") != std::string::npos) {
          std::string t = NodeText(n);
          if (!t.empty()) pm.author_links.push_back(t);
        }
        return true;
      case GUMBO_TAG_SCRIPT:
        if (AsciiLower(Attr(n, "type")).find("ld+json") != std::string::npos) ParseJsonLd(n, pm.json_ld);
        return false;
      case GUMBO_TAG_STYLE:
      case GUMBO_TAG_SVG:
        return false;
      default:
        return true;
    }
  });
  return pm;
}

bool IsArticleType(const Json& obj) {
  static const char* kTypes[] = {"Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
                                 "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "TechArticle",
                                 "ScholarlyArticle", "LiveBlogPosting", "SocialMediaPosting", "Report", "Blog",
                                 "WebPage", "ItemPage", "Posting"};
  auto type_ok = [&](const Json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    for (const char* k : kTypes)
      if (s == k) return true;
    return false;
  };
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  if (it->is_array()) return std::any_of(it->begin(), it->end(), type_ok);
  return type_ok(*it);
}

const Json* MainArticleObject(const PageMeta& meta) {
  const Json* page = nullptr;
  for (const Json& obj : meta.json_ld) {
    if (!IsArticleType(obj)) continue;
    const auto& t = obj["@type"];
    std::string type = t.is_string() ? t.get<std::string>() : (t.is_array() && !t.empty() && t[0].is_string() ? t[0].get<std::string>() : "");
    if (type == "WebPage" || type == "ItemPage" || type == "Blog") {
      if (!page) page = &obj;
      continue;
    }
    return &obj;
  }
  return page;
}

}  // namespace newsclaims::parse
