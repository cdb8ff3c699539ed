// BoilerplateRules: decides which elements of a page are never article text (navigation,
// share widgets, comments, ads, captions, related links, hidden elements) from their tag,
// role, attributes and class/id names, and which short lines are page furniture.
#pragma once

#include <string>
#include <string_view>

#include "parse/html_document.h"

namespace newsclaims::parse {

enum class ElementKind {
  kNormal,    // may hold article text
  kJunk,      // never article text (script, form controls, media): skip the subtree
  kSoftJunk,  // furniture by tag, role or class; skipped unless it holds most of the prose
  kPositive,  // its class/id says it holds the article body
};

// Classifies one element (not its subtree). Cheap: tag switch first, regexes only on
// elements that have a class or id.
ElementKind ClassifyElement(const GumboNode* n);

// True for short lines that are page furniture wherever they appear ("Advertisement",
// "Share this article", "Read more", "Photo: ...", "© 2019 ...").
bool IsFurnitureLine(std::string_view text);

}  // namespace newsclaims::parse
