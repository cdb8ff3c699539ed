// FeedParser: the article URLs listed by an RSS 2.0 or Atom feed, an XML sitemap, or a
// sitemap index (whose entries are further sitemaps), read with pugixml. Relative links
// are resolved against the feed's URL.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace newsclaims::fetch {

enum class FeedKind { kNotAFeed, kRss, kAtom, kSitemap, kSitemapIndex };

struct FeedEntry {
  std::string url;
  std::string published;  // as given (RSS pubDate, Atom updated/published, sitemap lastmod)
};

struct Feed {
  FeedKind kind = FeedKind::kNotAFeed;
  std::vector<FeedEntry> entries;  // article URLs, or sitemap URLs for an index
};

// Parses `xml` (UTF-8 or with an XML declaration pugixml understands). Fails with
// "invalid_feed" when it is not well-formed XML; returns kind kNotAFeed for other XML.
Status ParseFeed(std::string_view xml, std::string_view base_url, Feed* out);

// True when the body looks like XML rather than HTML (for content sniffing).
bool LooksLikeFeed(std::string_view body, std::string_view content_type);

}  // namespace newsclaims::fetch
