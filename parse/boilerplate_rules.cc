// Boilerplate element and line rules; tested by content_extractor_test.cc.
#include "parse/boilerplate_rules.h"

#include <re2/re2.h>

namespace newsclaims::parse {
namespace {

bool HiddenByStyle(std::string_view style) {
  static const RE2 kHidden(R"re((?i)display\s*:\s*none|visibility\s*:\s*hidden)re");
  return !style.empty() && RE2::PartialMatch(re2::StringPiece(style.data(), style.size()), kHidden);
}

// CMSs add the post's own tags and categories as class tokens ("tag-social-media",
// "category-advertising"); those say nothing about the element's role.
std::string WithoutTaxonomyTokens(const std::string& cls) {
  static const RE2 kTaxonomy(R"re((^|\s)(tag|category|categories|topic|topics|author|format|status|type|postid|post|section|rubrik|ressort)-\S*)re");
  std::string out = cls;
  RE2::GlobalReplace(&out, kTaxonomy, " ");
  return out;
}

}  // namespace

ElementKind ClassifyElement(const GumboNode* n) {
  switch (n->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_LABEL:
    case GUMBO_TAG_OPTION:
      return ElementKind::kJunk;
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_MENU: case GUMBO_TAG_HEADER:
      return ElementKind::kSoftJunk;
    default:
      break;
  }
  if (HasAttr(n, "hidden") || Attr(n, "aria-hidden") == "true" || HiddenByStyle(Attr(n, "style")))
    return ElementKind::kSoftJunk;
  std::string_view role = Attr(n, "role");
  if (role == "navigation" || role == "complementary" || role == "banner" || role == "contentinfo" ||
      role == "dialog" || role == "menu" || role == "menubar" || role == "alert" || role == "search")
    return ElementKind::kSoftJunk;
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
      R"re((^|[\s_-])(comments?|comment-list|disqus|share|sharing|sharebar|social|socials|related|relatedposts|recommend\w*|newsletter|subscribe|subscription|signup|promo|promos|promotion|advert\w*|ads?|adslot|ad-slot|adunit|ad-unit|ad-container|dfp|gpt-ad|sponsor\w*|outbrain|taboola|cookie\w*|consent|gdpr|breadcrumbs?|sidebar|side-bar|rail|footer|foot|nav|navbar|navigation|menu|masthead|topbar|toolbar|pagination|pager|tags?|tag-list|taglist|topics|keywords|author-bio|authorbio|author-info|about-author|bio|byline|bylines|dateline|timestamp|caption|captions|credit|credits|copyright|widgets|skip|skip-link|visually-hidden|sr-only|screen-reader\w*|print-only|more-stories|read-more|readmore|also-read|trending|most-popular|mostpopular|popular|next-article|jump-link|video-player|player|podcast|paywall|login|signin|print|meta|post-meta|entry-meta|article-meta|infobox|toc|table-of-contents|headline|title|kicker|lede-image|image|photo|gallery|slideshow|carousel|teasers|list-teaser|inline-link|see-also|seealso|further-reading|community|reactions|rating|emoji|feedback|survey|poll|donate|support-us|membership|app-promo|banner)($|[\s_-]))re");
  cls = WithoutTaxonomyTokens(cls);
  // Names that are never a mislabelled article wrapper: consent dialogs, comments, ads, sharing.
  static const RE2 kHardJunk(
      R"re((^|\s)(cookies?|consent|gdpr|modal|popup|comments?|commentlist|disqus|disqus_thread|outbrain|taboola|advert|advertisement|sponsored|share|sharing|sharedaddy|social|newsletter)([-_](banner|notice|consent|bar|wrap|wrapper|container|area|list|section|buttons?|links?|tools|box|widget|thread|form|signup|icons?|respond|popup))?(\s|$))re");
  if (RE2::PartialMatch(cls, kHardJunk)) return ElementKind::kJunk;
  if (RE2::PartialMatch(cls, kJunk)) return ElementKind::kSoftJunk;
  return ElementKind::kNormal;
}

bool IsFurnitureLine(std::string_view text) {
  if (text.size() > 120) return false;
  static const RE2 kFurniture(
      R"re((?i)^\s*(advertisement|anzeige|publicité|publicidad|pubblicità|sponsored( content)?|story continues below|continue reading|read more|read full story|read next|more:|see also|related:|related articles?|share( this( article| story)?)?|tweet|email|print|comments?|\d+ comments?|leave a (comment|reply)|sign up|subscribe|follow us|click here|image:|photo:|photograph:|credit:|foto:|bild:|getty images|ap photo|reuters|©|\(c\)|copyright|all rights reserved|this article was|this story was|watch:|listen:|video:|loading|skip to|posted (on|by|in)|published (on|by)|updated:?|last updated|veröffentlicht am|aktualisiert am|publié le|publicado el)\b?)re");
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kFurniture);
}

}  // namespace newsclaims::parse
