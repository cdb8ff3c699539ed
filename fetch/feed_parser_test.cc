#include "fetch/feed_parser.h"

#include <catch2/catch.hpp>

using namespace newsclaims::fetch;

namespace {
std::vector<std::string> Urls(const Feed& f) {
  std::vector<std::string> out;
  for (const auto& e : f.entries) out.push_back(e.url);
  return out;
}
}  // namespace

TEST_CASE("RSS 2.0 items give their links, resolved, with guid as fallback", "[feeds]") {
  Feed f;
  REQUIRE(ParseFeed("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>"
                    "<item><link>/news/a.html</link><pubDate>Mon, 18 Sep 2017 10:00:00 GMT</pubDate></item>"
                    "<item><guid>https://news.example/b</guid></item>"
                    "<item><guid isPermaLink=\"false\">tag:1</guid></item>"
                    "<item><link>javascript:alert(1)</link></item></channel></rss>",
                    "https://news.example/feed.xml", &f)
              .ok());
  CHECK(f.kind == FeedKind::kRss);
  CHECK(Urls(f) == std::vector<std::string>{"https://news.example/news/a.html", "https://news.example/b"});
  CHECK(f.entries[0].published == "Mon, 18 Sep 2017 10:00:00 GMT");
}

TEST_CASE("Atom entries use their alternate link", "[feeds]") {
  Feed f;
  REQUIRE(ParseFeed("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><link rel=\"self\" href=\"/self\"/>"
                    "<link rel=\"alternate\" href=\"https://n.example/story\"/><updated>2017-09-18</updated></entry>"
                    "<entry><link href=\"story2\"/></entry></feed>",
                    "https://n.example/atom/", &f)
              .ok());
  CHECK(f.kind == FeedKind::kAtom);
  CHECK(Urls(f) == std::vector<std::string>{"https://n.example/story", "https://n.example/atom/story2"});
}

TEST_CASE("sitemaps and sitemap indexes", "[feeds]") {
  Feed f;
  REQUIRE(ParseFeed("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc> https://s.example/a "
                    "</loc><lastmod>2017-09-18</lastmod></url></urlset>",
                    "https://s.example/sitemap.xml", &f)
              .ok());
  CHECK(f.kind == FeedKind::kSitemap);
  CHECK(Urls(f) == std::vector<std::string>{"https://s.example/a"});
  REQUIRE(ParseFeed("<sitemapindex><sitemap><loc>https://s.example/s1.xml.gz</loc></sitemap></sitemapindex>",
                    "https://s.example/", &f)
              .ok());
  CHECK(f.kind == FeedKind::kSitemapIndex);
  CHECK(f.entries.size() == 1);
}

TEST_CASE("broken XML and non-feed XML are told apart", "[feeds]") {
  Feed f;
  CHECK(ParseFeed("<rss><channel><item>", "https://x/", &f).code() == "invalid_feed");
  REQUIRE(ParseFeed("<svg></svg>", "https://x/", &f).ok());
  CHECK(f.kind == FeedKind::kNotAFeed);
  CHECK(LooksLikeFeed("<?xml version=\"1.0\"?>\n<rss>", "text/xml"));
  CHECK(LooksLikeFeed("<urlset>", ""));
  CHECK_FALSE(LooksLikeFeed("<!doctype html><html>", "text/html"));
  CHECK(LooksLikeFeed("", "application/rss+xml"));
}
