#include "fetch/robots.h"

#include <catch2/catch.hpp>

using namespace newsclaims::fetch;

TEST_CASE("robots.txt groups: the named agent's group wins over *", "[robots]") {
  const char* text =
      "User-agent: *\nDisallow: /private/\n\n"
      "User-agent: NewsClaims\nUser-agent: other\nDisallow: /archive\nAllow: /archive/public\nCrawl-delay: 2.5\n";
  RobotsRules r = RobotsRules::Parse(text, "newsclaims");
  CHECK(r.Allowed("/private/x"));  // our group does not disallow it
  CHECK_FALSE(r.Allowed("/archive/2017"));
  CHECK(r.Allowed("/archive/public/a"));
  CHECK(r.crawl_delay() == Approx(2.5));
  RobotsRules star = RobotsRules::Parse(text, "otherbot-x");
  CHECK(star.Allowed("/archive/2017") == false);  // "other" is a substring of the agent
  RobotsRules generic = RobotsRules::Parse(text, "somebot");
  CHECK_FALSE(generic.Allowed("/private/x"));
  CHECK(generic.Allowed("/news/"));
}

TEST_CASE("robots.txt wildcards, anchors and longest match", "[robots]") {
  RobotsRules r = RobotsRules::Parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search\nAllow: /search/about\n"
                                     "Disallow: /a*b\n",
                                     "newsclaims");
  CHECK_FALSE(r.Allowed("/files/report.pdf"));
  CHECK(r.Allowed("/files/report.pdf?download=1"));
  CHECK_FALSE(r.Allowed("/search?q=x"));
  CHECK(r.Allowed("/search/about"));
  CHECK_FALSE(r.Allowed("/axxb"));
  CHECK(r.Allowed("/robots.txt"));
  CHECK(RobotsPatternMatches("/*/x$", "/a/b/x"));
  CHECK_FALSE(RobotsPatternMatches("/*/x$", "/a/b/xy"));
}

TEST_CASE("robots.txt edge cases: empty, garbage, empty Disallow, disallow all", "[robots]") {
  CHECK(RobotsRules::Parse("", "newsclaims").Allowed("/x"));
  CHECK(RobotsRules::Parse("\x01\x02 garbage\n<html>", "newsclaims").Allowed("/x"));
  CHECK(RobotsRules::Parse("User-agent: *\nDisallow:\n", "newsclaims").Allowed("/x"));
  CHECK_FALSE(RobotsRules::Parse("User-agent: *\nDisallow: /\n", "newsclaims").Allowed("/x"));
  CHECK_FALSE(RobotsRules::DisallowAll().Allowed("/"));
  CHECK(RobotsRules::Parse("User-agent: *\r\nCrawl-delay: 1e9\r\n", "newsclaims").crawl_delay() == Approx(60));
}
