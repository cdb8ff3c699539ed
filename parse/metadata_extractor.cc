// Title, author, site, language, canonical and description extraction; tested by
// metadata_extractor_test.cc and the fixtures in tests/fixtures/metadata/.
#include "parse/metadata_extractor.h"

#include "common/utf8.h"

#include <re2/re2.h>

#include <algorithm>

#include "common/url.h"

namespace newsclaims::parse {
namespace {

std::string JsonText(const Json& v) {
  if (v.is_string()) return CollapseSpace(v.get_ref<const std::string&>());
  if (v.is_array() && !v.empty()) return JsonText(v[0]);
  if (v.is_object()) {
    auto it = v.find("name");
    if (it != v.end()) return JsonText(*it);
  }
  return {};
}

std::string FirstH1(const HtmlDocument& doc) {
  std::string found;
  if (!doc.body()) return found;
  ForEachElement(doc.body(), [&](const GumboNode* n) {
    if (!found.empty()) return false;
    if (n->v.element.tag == GUMBO_TAG_H1) {
      found = NodeText(n);
      return false;
    }
    return true;
  });
  return found;
}

// "Headline | Site" -> "Headline": keeps the longest part between site separators.
std::string StripSiteFromTitle(const std::string& title) {
  static const char* kSeps[] = {" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · "};
  for (const char* sep : kSeps) {
    if (title.find(sep) == std::string::npos) continue;
    std::string best;
    size_t i = 0;
    std::string_view sv(title), s(sep);
    while (i <= sv.size()) {
      size_t j = sv.find(s, i);
      if (j == std::string_view::npos) j = sv.size();
      std::string part(sv.substr(i, j - i));
      if (part.size() > best.size()) best = part;
      i = j + s.size();
    }
    if (best.size() >= 10) return best;
  }
  return title;
}

std::string ChooseTitle(const HtmlDocument& doc, const PageMeta& meta, const Json* article) {
  std::string h1 = FirstH1(doc);
  std::string og = meta.First({"og:title", "twitter:title", "dc.title", "headline"});
  std::string headline = article ? JsonText(article->value("headline", Json())) : std::string();
  std::string page = meta.title;
  auto lower_contains = [](const std::string& hay, const std::string& needle) {
    return !needle.empty() && AsciiLower(hay).find(AsciiLower(needle)) != std::string::npos;
  };
  if (!h1.empty() && h1.size() < 300 &&
      (lower_contains(page, h1) || lower_contains(og, h1) || lower_contains(headline, h1)))
    return h1;
  if (!headline.empty()) return headline;
  if (!og.empty()) return StripSiteFromTitle(og);
  if (!page.empty()) return StripSiteFromTitle(page);
  return h1;
}

bool IsNameToken(std::string_view w) {
  static const char* kTitleWords[] = {"staff", "writer", "writers", "reporter", "reporters", "correspondent",
                                      "editor", "editors", "contributor", "contributing", "columnist", "news",
                                      "desk", "team", "redaktion", "agency", "wire", "press", "associated",
                                      "senior", "chief", "published", "updated", "posted", "photo", "photos",
                                      "image", "video", "follow", "email", "twitter", "share", "comments",
                                      "read", "more", "min", "ago", "am", "pm", "admin", "administrator",
                                      "guest", "anonymous", "unknown", "author", "autor", "redakteur"};
  std::string l = AsciiLower(w);
  for (const char* t : kTitleWords)
    if (l == t) return false;
  return true;
}

std::string CleanName(std::string name) {
  static const RE2 kPrefix(R"re((?i)^\s*(by|von|par|por|di|door|av|de|from|written by|text|texto)\s*:?\s+)re");
  static const RE2 kTrailer(R"re((?i)\s*(\||•|·|—|–|@|\bon\b|\bupdated\b|\bpublished\b|\d).*$)re");
  RE2::Replace(&name, kPrefix, "");
  RE2::Replace(&name, kTrailer, "");
  name = CollapseSpace(name);
  while (!name.empty() && (name.back() == ',' || name.back() == '.' || name.back() == ':')) name.pop_back();
  return CollapseSpace(name);
}

bool LooksLikeName(const std::string& name) {
  if (name.size() < 3 || name.size() > 60) return false;
  if (name.find_first_of("@/0123456789<>{}=") != std::string::npos) return false;
  if (name.rfind("http", 0) == 0) return false;
  size_t words = 0;
  size_t i = 0;
  while (i < name.size()) {
    size_t j = name.find(' ', i);
    if (j == std::string::npos) j = name.size();
    std::string_view w(name.data() + i, j - i);
    if (!IsNameToken(w)) return false;
    ++words;
    i = j + 1;
  }
  if (words > 5) return false;
  unsigned char c = static_cast<unsigned char>(name[0]);
  return !(c >= 'a' && c <= 'z') || words == 1;  // lower-case starts only for single handles
}

void AddAuthors(std::vector<std::string>& out, const std::vector<std::string>& names) {
  for (const auto& n : names) {
    if (std::find_if(out.begin(), out.end(), [&](const std::string& o) { return AsciiLower(o) == AsciiLower(n); }) ==
        out.end())
      out.push_back(n);
  }
}

std::vector<std::string> JsonLdAuthors(const Json* article) {
  std::vector<std::string> names;
  if (!article) return names;
  auto it = article->find("author");
  if (it == article->end()) it = article->find("creator");
  if (it == article->end()) return names;
  Json list = it->is_array() ? *it : Json::array({*it});
  for (const Json& a : list) {
    if (a.is_object()) {
      std::string type = a.value("@type", Json()).is_string() ? a["@type"].get<std::string>() : "";
      if (type == "Organization" || type == "NewsMediaOrganization") continue;
      AddAuthors(names, CleanByline(JsonText(a.value("name", Json()))));
    } else if (a.is_string()) {
      AddAuthors(names, CleanByline(a.get<std::string>()));
    }
  }
  return names;
}

std::vector<std::string> BylineAuthors(const HtmlDocument& doc) {
  static const RE2 kByline(
      R"re((?i)(byline|\bauthor|autor|auteur|verfasser|article-author|writer|contributor|\bby\b|post-header|post-meta|entry-meta|article-meta|postmeta))re");
  // "Posted on 4 May 2023 by Dana Whitfield", "Veröffentlicht am ... von Johanna Keller".
  static const RE2 kByName(
      R"re((?:^|[\s,|])(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v|[Dd]i)\s+(\p{Lu}[\pL'.-]+(?:\s+\p{Lu}[\pL'.-]+){1,3}))re");
  static const RE2 kNotByline(R"re((?i)(comment|reply|avatar|\bbio\b|about|related|footer|share|social))re");
  std::vector<std::string> names;
  if (!doc.body()) return names;
  ForEachElement(doc.body(), [&](const GumboNode* n) {
    if (!names.empty()) return false;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_FOOTER) return false;
    std::string cls = ClassAndId(n);
    if (RE2::PartialMatch(cls, kNotByline)) return false;
    bool marked = RE2::PartialMatch(cls, kByline) || Attr(n, "itemprop") == "author" || Attr(n, "rel") == "author";
    if (!marked) return true;
    std::string text = NodeText(n);
    if (text.empty() || text.size() > 200) return true;
    names = CleanByline(text);
    std::string name;
    if (names.empty() && RE2::PartialMatch(text, kByName, &name)) names = CleanByline(name);
    return names.empty();
  });
  return names;
}

}  // namespace

std::vector<std::string> CleanByline(std::string_view byline) {
  static const RE2 kSplit(R"re((?i)\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bog\b|\boch\b)\s*)re");
  std::string s = CollapseSpace(byline);
  static const RE2 kPrefix(R"re((?i)^\s*(by|von|par|por|di|door|av|from|written by)\s*:?\s+)re");
  RE2::Replace(&s, kPrefix, "");
  std::vector<std::string> out;
  std::string marked = s;
  RE2::GlobalReplace(&marked, kSplit, "\x1f");
  size_t i = 0;
  while (i <= marked.size()) {
    size_t j = marked.find('\x1f', i);
    if (j == std::string::npos) j = marked.size();
    std::string name = CleanName(marked.substr(i, j - i));
    if (LooksLikeName(name)) AddAuthors(out, {name});
    i = j + 1;
  }
  if (out.size() > 6) out.clear();
  return out;
}

std::string NormaliseLanguage(std::string_view tag) {
  static const RE2 kTag(R"re(^\s*([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|\d{3}))?)re");
  std::string primary, region;
  if (!RE2::PartialMatch(re2::StringPiece(tag.data(), tag.size()), kTag, &primary, &region)) return {};
  std::string out = AsciiLower(primary);
  if (!region.empty()) {
    std::transform(region.begin(), region.end(), region.begin(), [](unsigned char c) { return std::toupper(c); });
    out += "-" + region;
  }
  return out;
}

ArticleMetadata ExtractMetadata(const HtmlDocument& doc, const PageMeta& meta, std::string_view url) {
  ArticleMetadata md;
  const Json* article = MainArticleObject(meta);
  md.title = ChooseTitle(doc, meta, article);

  AddAuthors(md.authors, JsonLdAuthors(article));
  if (md.authors.empty()) {
    for (const char* key : {"author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl",
                            "citation_author", "twitter:creator:name"}) {
      for (const auto& v : meta.All(key)) AddAuthors(md.authors, CleanByline(v));
      if (!md.authors.empty()) break;
    }
  }
  if (md.authors.empty()) {
    for (const auto& t : meta.author_links) AddAuthors(md.authors, CleanByline(t));
  }
  if (md.authors.empty()) md.authors = BylineAuthors(doc);

  md.site_name = meta.First({"og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site"});
  if (md.site_name.empty()) {
    for (const Json& obj : meta.json_ld) {
      auto pub = obj.find("publisher");
      if (pub != obj.end()) {
        md.site_name = JsonText(*pub);
        if (!md.site_name.empty()) break;
      }
    }
  }
  if (!md.site_name.empty() && md.site_name[0] == '@') md.site_name.erase(0, 1);
  if (md.site_name.empty()) md.site_name = UrlHost(url);
  // Authors equal to the site name are the publisher, not a person.
  md.authors.erase(std::remove_if(md.authors.begin(), md.authors.end(),
                                  [&](const std::string& a) { return AsciiLower(a) == AsciiLower(md.site_name); }),
                   md.authors.end());

  md.language = NormaliseLanguage(meta.html_lang);
  if (md.language.empty()) md.language = NormaliseLanguage(meta.First({"content-language", "dc.language", "language", "og:locale"}));
  if (md.language.empty() && article) md.language = NormaliseLanguage(JsonText(article->value("inLanguage", Json())));

  std::string canonical = meta.canonical.empty() ? meta.First({"og:url"}) : meta.canonical;
  md.canonical_url = canonical.empty() ? std::string(url) : ResolveUrl(url, canonical);
  if (md.canonical_url.empty()) md.canonical_url = std::string(url);

  md.description = meta.First({"description", "og:description", "twitter:description", "dc.description"});
  return md;
}

}  // namespace newsclaims::parse
