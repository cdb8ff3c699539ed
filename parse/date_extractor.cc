// Publication and modification date extraction; tested by date_extractor_test.cc and the
// metadata fixtures in tests/fixtures/metadata/.
#include "parse/date_extractor.h"

#include "common/utf8.h"

#include <re2/re2.h>

#include <algorithm>
#include <vector>

#include "common/url.h"
#include "parse/boilerplate_rules.h"
#include "parse/local_time.h"

namespace newsclaims::parse {
namespace {

// Meta names that state the original publication date, most specific first.
const std::initializer_list<const char*> kPublishedMeta = {
    "article:published_time", "og:article:published_time", "article:published", "datepublished",
    "og:published_time", "published_time", "article.published", "publication_date", "publish-date",
    "publish_date", "publishdate", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dcterms.issued", "dc.date.created", "dcterms.created", "citation_publication_date", "citation_date",
    "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime", "date_published",
    "og:pubdate", "bt:pubdate", "datecreated", "displaydate", "article:post_date", "post_date", "release_date"};
// Generic date names: CMSs fill them with any date (creation, import, last edit).
const std::initializer_list<const char*> kGenericDateMeta = {"dc.date", "dcterms.date", "date", "created",
                                                             "dc.date.available"};
const std::initializer_list<const char*> kModifiedMeta = {
    "article:modified_time", "og:updated_time", "article:modified", "datemodified", "dateupdated",
    "modified_time", "last-modified", "lastmod", "dcterms.modified", "dc.date.modified", "updated_time"};

std::optional<DateTime> Plausible(std::optional<DateTime> d, long today) {
  if (d && PlausibleDate(*d, today)) return d;
  return std::nullopt;
}

std::optional<DateTime> FromJsonValue(const Json& v, long today) {
  if (v.is_string()) return Plausible(ParseDateString(v.get_ref<const std::string&>()), today);
  if (v.is_array() && !v.empty()) return FromJsonValue(v[0], today);
  if (v.is_object()) {
    auto it = v.find("@value");
    if (it != v.end()) return FromJsonValue(*it, today);
  }
  return std::nullopt;
}

std::optional<DateTime> JsonLdDate(const PageMeta& meta, std::initializer_list<const char*> keys, long today) {
  const Json* main = MainArticleObject(meta);
  auto probe = [&](const Json& obj) -> std::optional<DateTime> {
    for (const char* k : keys) {
      auto it = obj.find(k);
      if (it != obj.end()) {
        if (auto d = FromJsonValue(*it, today)) return d;
      }
    }
    return std::nullopt;
  };
  if (main) {
    if (auto d = probe(*main)) return d;
  }
  for (const Json& obj : meta.json_ld) {
    if (&obj == main || !obj.is_object()) continue;
    if (auto d = probe(obj)) return d;
  }
  return std::nullopt;
}

std::optional<DateTime> MetaDate(const PageMeta& meta, std::initializer_list<const char*> names, long today) {
  for (const char* name : names) {
    for (const std::string& v : meta.All(name)) {
      if (auto d = Plausible(ParseDateString(v), today)) return d;
    }
  }
  return std::nullopt;
}

bool LooksLikeDateClass(const std::string& cls) {
  static const RE2 kDateClass(
      R"re((?i)(publish|pubdate|posted|post-date|postdate|entry-date|entry-meta|article-date|article__date|story-date|date-time|datetime|timestamp|dateline|byline|datum|fecha|\bdata\b|\bdate\b|[-_]date\b|\bdate[-_]|\btime\b|meta-info|post-meta|article-meta|info-date|created|veroeffentlicht|timedata|\bstand\b))re");
  return RE2::PartialMatch(cls, kDateClass);
}

bool LooksLikeUpdateClass(const std::string& cls) {
  static const RE2 kUpdate(R"re((?i)(updat|modif|aktualisiert|edited|comment|reply|related|sidebar|footer|widget|archive|calendar|copyright))re");
  return RE2::PartialMatch(cls, kUpdate);
}

// Elements in the page body that mark up a date: <time>, itemprop=datePublished, and
// elements whose class or id names a date. Returns the first plausible one.
std::optional<DateTime> ElementDate(const HtmlDocument& doc, long today, bool day_first) {
  std::optional<DateTime> itemprop, time_pub, time_first, classed;
  const GumboNode* body = doc.body() ? doc.body() : doc.root();
  ForEachElement(body, [&](const GumboNode* n) {
    GumboTag tag = n->v.element.tag;
    if (ClassifyElement(n) == ElementKind::kJunk) return false;  // scripts, comment threads, ads
    std::string cls = ClassAndId(n);
    std::string_view prop = Attr(n, "itemprop");
    if (!itemprop && (prop == "datePublished" || prop == "datecreated" || prop == "dateCreated")) {
      std::string_view v = Attr(n, "content");
      if (v.empty()) v = Attr(n, "datetime");
      itemprop = Plausible(v.empty() ? FindDateInText(NodeText(n), day_first) : ParseDateString(v), today);
    }
    if (tag == GUMBO_TAG_TIME) {
      std::string_view dt = Attr(n, "datetime");
      std::optional<DateTime> d =
          Plausible(dt.empty() ? FindDateInText(NodeText(n), day_first) : ParseDateString(dt), today);
      bool updated = LooksLikeUpdateClass(cls) || prop == "dateModified";
      if (d && !updated) {
        if (!time_pub && (HasAttr(n, "pubdate") || LooksLikeDateClass(cls) || prop == "datePublished")) time_pub = d;
        if (!time_first) time_first = d;
      }
      return false;
    }
    if (!classed && !cls.empty() && LooksLikeDateClass(cls) && !LooksLikeUpdateClass(cls)) {
      std::string text = NodeText(n);
      if (!text.empty() && text.size() < 160) {
        std::string_view dt = Attr(n, "datetime");
        if (!dt.empty()) classed = Plausible(ParseDateString(dt), today);
        if (!classed) classed = Plausible(FindDateInText(text, day_first), today);
      }
    }
    return true;
  });
  if (itemprop) return itemprop;
  if (time_pub) return time_pub;
  if (classed) return classed;
  return time_first;
}

// "Published on 20 Nov 2019", "Veröffentlicht am 20.11.2019", "Posted: ..." in the body text.
std::optional<DateTime> PhraseDate(const HtmlDocument& doc, long today, bool day_first) {
  static const RE2 kPhrase(
      R"re((?i)(published|posted|veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd|publicerad|julkaistu|stand|date|datum|created|written)\s*(on|am|le|el|il|op|den|:)?\s*:?\s*)re");
  if (!doc.body()) return std::nullopt;
  std::string text = NodeText(doc.body());
  re2::StringPiece in(text);
  re2::StringPiece m;
  int scanned = 0;
  while (scanned++ < 50 && RE2::FindAndConsume(&in, kPhrase)) {
    std::string_view window(in.data(), std::min<size_t>(in.size(), 40));
    size_t pos = 0;
    auto d = Plausible(FindDateInText(window, day_first, &pos), today);
    if (d && pos < 6) return d;
  }
  return std::nullopt;
}

// The visible text of the body in document order (hard junk such as scripts, forms and
// comment threads skipped), with the offset at which the page's main heading starts.
struct BodyText {
  std::string text;
  size_t heading = std::string::npos;
};

BodyText CollectBodyText(const HtmlDocument& doc) {
  BodyText out;
  if (!doc.body()) return out;
  std::vector<std::pair<const GumboNode*, unsigned>> stack{{doc.body(), 0}};
  while (!stack.empty() && out.text.size() < (1u << 20)) {
    auto& [node, next] = stack.back();
    const GumboVector& kids = node->v.element.children;
    if (next >= kids.length) {
      stack.pop_back();
      continue;
    }
    auto* k = static_cast<const GumboNode*>(kids.data[next++]);
    if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_CDATA) {
      out.text += ' ';
      out.text += CollapseSpace(k->v.text.text);
    } else if (k->type == GUMBO_NODE_ELEMENT && ClassifyElement(k) != ElementKind::kJunk) {
      GumboTag t = k->v.element.tag;
      if (out.heading == std::string::npos && (t == GUMBO_TAG_H1)) out.heading = out.text.size();
      stack.push_back({k, 0});
    }
  }
  return out;
}

// The date written nearest after the main heading (bylines and datelines sit there), or
// failing that the first date in the body text.
std::optional<DateTime> TextDate(const HtmlDocument& doc, long today, bool day_first) {
  BodyText body = CollectBodyText(doc);
  if (body.heading != std::string::npos) {
    size_t from = body.heading > 300 ? body.heading - 300 : 0;
    std::string_view window = std::string_view(body.text).substr(from, 1500);
    // Prefer the first date after the heading; fall back to one just before it.
    std::string_view after = window.substr(body.heading - from);
    if (auto d = Plausible(FindDateInText(after, day_first), today)) return d;
    if (auto d = Plausible(FindDateInText(window, day_first), today)) return d;
  }
  return Plausible(FindDateInText(body.text, day_first), today);
}

// Whether ambiguous numeric dates (03/04/2020) put the day first for a page in `language`.
bool DayFirstLanguage(std::string_view language) {
  std::string lang = AsciiLower(language);
  return !(lang == "en-us" || lang == "en_us" || lang == "en");
}

}  // namespace

std::optional<DateTime> DateFromUrl(std::string_view url) {
  static const RE2 kYmd(R"re(/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$))re");
  static const RE2 kYmdLoose(R"re(/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/)re");
  std::string y, m, d;
  re2::StringPiece in(url.data(), url.size());
  if (RE2::PartialMatch(in, kYmd, &y, &m, &d) || RE2::PartialMatch(in, kYmdLoose, &y, &m, &d)) {
    DateTime dt;
    dt.year = std::stoi(y);
    dt.month = std::stoi(m);
    dt.day = std::stoi(d);
    if (PlausibleDate(dt, DaysFromCivil(2100, 1, 1))) return dt;
  }
  return std::nullopt;
}

PageDates ExtractDates(const HtmlDocument& doc, const PageMeta& meta, std::string_view url, long today) {
  PageDates out;
  std::string lang = meta.html_lang.empty() ? meta.First({"og:locale", "content-language"}) : meta.html_lang;
  bool day_first = DayFirstLanguage(lang);
  std::string host = UrlHost(url);
  // UTC timestamps are moved to the publisher's estimated zone, so the date is the local one.
  auto localise = [&](std::optional<DateTime> d) {
    if (d && d->has_time && d->has_offset && d->offset_minutes == 0) {
      if (auto offset = EstimateUtcOffset(lang, host, *d)) d = ShiftToOffset(*d, *offset);
    }
    return d;
  };
  auto set = [&](std::optional<DateTime> d, const char* from) {
    if (!out.published && d) {
      out.published = localise(d);
      out.published_from = from;
    }
  };
  set(JsonLdDate(meta, {"datePublished", "dateCreated", "uploadDate"}, today), "json-ld");
  set(MetaDate(meta, kPublishedMeta, today), "meta");
  set(MetaDate(meta, kGenericDateMeta, today), "meta-generic");
  auto from_url = DateFromUrl(url);
  if (from_url && !PlausibleDate(*from_url, today)) from_url.reset();
  // A full date in the URL is written in the publisher's local time when the article is
  // created: it wins over a structured date one day off (a time zone slip) or later (a
  // CMS that fills date tags with the time of the last edit).
  if (from_url && out.published) {
    long diff = out.published->DayNumber() - from_url->DayNumber();
    if (diff > 0 || diff == -1) {
      out.published = from_url;
      out.published_from = "url";
    }
  }
  set(from_url, "url");
  out.modified = localise(JsonLdDate(meta, {"dateModified"}, today));
  if (!out.modified) out.modified = localise(MetaDate(meta, kModifiedMeta, today));
  // The page's shown date is needed when nothing better was found, or to check a
  // generic meta date or a revision date against it; skip the walk otherwise.
  bool need_shown = !out.published || out.published_from == "meta-generic" ||
                    (out.modified && out.published_from != "url" &&
                     out.modified->DayNumber() != out.published->DayNumber());
  std::optional<DateTime> shown = need_shown ? ElementDate(doc, today, day_first) : std::nullopt;
  set(shown, "element");
  if (!out.published) set(PhraseDate(doc, today, day_first), "phrase");
  if (!out.published) set(TextDate(doc, today, day_first), "text");
  // Some sites state the date only in their summary ("News of 14 January 2020").
  if (!out.published) {
    std::string description = meta.First({"description", "og:description"});
    set(Plausible(FindDateInText(description, day_first), today), "description");
  }

  // Meta tags are often filled by a CMS with a draft or import time; the date the page
  // shows in its own date element is what it was published as.
  if (shown && out.published && out.published_from == "meta-generic" &&
      shown->DayNumber() != out.published->DayNumber()) {
    out.published = shown;
    out.published_from = "element";
  }
  // A page that shows its readers the date of the last revision (and says so in its
  // structured data) presents that as its date: follow the page, not the first draft.
  if (shown && out.modified && out.published && out.published_from != "url" &&
      shown->DayNumber() == out.modified->DayNumber() && out.published->DayNumber() != shown->DayNumber()) {
    out.published = out.modified;
    out.published_from = "shown-revision";
  }
  return out;
}

}  // namespace newsclaims::parse
