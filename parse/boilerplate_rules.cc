// Boilerplate element and line rules; tested by content_extractor_test.cc.
#include "parse/boilerplate_rules.h"

#include <re2/re2.h>

namespace newsclaims::parse {
namespace {

bool HiddenByStyle(std::string_view style) {
  static const RE2 kHidden(R"re((?i)display\s*:\s*none|visibility\s*:\s*hidden)re");
  return !style.empty() && RE2::PartialMatch(re2::StringPiece(style.data(), style.size()), kHidden);
}

}  // namespace

ElementKind ClassifyElement(const GumboNode* n) {
  switch (n->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_MENU: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_LABEL: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_HEADER:
      return ElementKind::kJunk;
    default:
      break;
  }
  if (HasAttr(n, "hidden") || Attr(n, "aria-hidden") == "true" || HiddenByStyle(Attr(n, "style")))
    return ElementKind::kJunk;
  std::string_view role = Attr(n, "role");
  if (role == "navigation" || role == "complementary" || role == "banner" || role == "contentinfo" ||
      role == "dialog" || role == "menu" || role == "menubar" || role == "alert" || role == "search")
    return ElementKind::kJunk;
  std::string_view prop = Attr(n, "itemprop");
  if (prop == "articleBody" || prop == "articlebody") return ElementKind::kPositive;
  if (n->v.element.tag == GUMBO_TAG_BODY || n->v.element.tag == GUMBO_TAG_HTML) return ElementKind::kNormal;
  std::string cls = ClassAndId(n);
  if (cls.size() <= 1) return ElementKind::kNormal;
  // Class names that say "this is the article body" win over junk words in the same name.
  static const RE2 kStrongPositive(
      R"re((article|story|entry|post|content|main)[-_]?(body|content|text)|articlebody|article-?text|storytext|story-?body|post-?body|text-?body|body-?text|rich-?text|prose)re");
  if (RE2::PartialMatch(cls, kStrongPositive)) return ElementKind::kPositive;
  static const RE2 kJunk(
      R"re((^|[\s_-])(comments?|comment-list|disqus|share|sharing|sharebar|social|socials|related|relatedposts|recommend\w*|newsletter|subscribe|subscription|signup|promo|promos|promotion|advert\w*|ads?|adslot|ad-slot|adunit|ad-unit|ad-container|dfp|gpt-ad|sponsor\w*|outbrain|taboola|cookie\w*|consent|gdpr|popup|modal|overlay|breadcrumbs?|sidebar|side-bar|rail|footer|foot|nav|navbar|navigation|menu|masthead|topbar|toolbar|pagination|pager|tags?|tag-list|taglist|topics|keywords|author-bio|authorbio|author-info|about-author|bio|byline|bylines|dateline|timestamp|caption|captions|credit|credits|copyright|widget|widgets|skip|skip-link|visually-hidden|sr-only|screen-reader\w*|print-only|more-stories|read-more|readmore|also-read|trending|most-popular|mostpopular|popular|next-article|jump-link|video-player|player|podcast|paywall|login|signin|print|meta|post-meta|entry-meta|article-meta|infobox|toc|table-of-contents|headline|title|kicker|lede-image|image|photo|gallery|slideshow|carousel|teasers|list-teaser|inline-link|see-also|seealso|further-reading|community|reactions|rating|emoji|feedback|survey|poll|donate|support-us|membership|app-promo|banner)($|[\s_-]))re");
  if (RE2::PartialMatch(cls, kJunk)) return ElementKind::kJunk;
  return ElementKind::kNormal;
}

bool IsFurnitureLine(std::string_view text) {
  if (text.size() > 120) return false;
  static const RE2 kFurniture(
      R"re((?i)^\s*(advertisement|anzeige|publicité|publicidad|pubblicità|sponsored( content)?|story continues below|continue reading|read more|read full story|read next|more:|see also|related:|related articles?|share( this( article| story)?)?|tweet|email|print|comments?|\d+ comments?|leave a (comment|reply)|sign up|subscribe|follow us|click here|image:|photo:|photograph:|credit:|foto:|bild:|getty images|ap photo|reuters|©|\(c\)|copyright|all rights reserved|this article was|this story was|watch:|listen:|video:|loading|skip to)\b?)re");
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kFurniture);
}

}  // namespace newsclaims::parse
