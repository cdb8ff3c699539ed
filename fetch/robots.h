// RobotsRules: a robots.txt file (RFC 9309) read for one user agent: the group that
// names the agent (or "*"), its Allow/Disallow rules with "*" and "$" wildcards decided by
// the longest match (Allow wins ties), and its Crawl-delay.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsclaims::fetch {

class RobotsRules {
 public:
  // Parses `text` for `user_agent` (the product token, e.g. "newsclaims"); matching is
  // case-insensitive on the token. Unparseable lines are ignored, as crawlers do.
  static RobotsRules Parse(std::string_view text, std::string_view user_agent);
  // Rules that allow everything (no robots.txt, or a 4xx for it).
  static RobotsRules AllowAll() { return RobotsRules(); }
  // Rules that forbid everything (a 5xx for robots.txt: RFC 9309 says assume disallow).
  static RobotsRules DisallowAll();

  // True when `path_and_query` ("/news/a?x=1") may be fetched.
  bool Allowed(std::string_view path_and_query) const;
  // Seconds to wait between requests, or 0 when not given.
  double crawl_delay() const { return crawl_delay_; }

 private:
  struct Rule {
    std::string pattern;
    bool allow;
  };
  std::vector<Rule> rules_;
  double crawl_delay_ = 0;
};

// True when `path` matches robots `pattern` ("*" any run, "$" end anchor).
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

}  // namespace newsclaims::fetch
