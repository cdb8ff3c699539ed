#include "fetch/robots.h"

#include <cstdlib>

#include "common/utf8.h"

namespace newsclaims::fetch {
namespace {


}  // namespace

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  // Iterative wildcard matching with backtracking on the last "*".
  bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  size_t p = 0, s = 0, star = std::string_view::npos, mark = 0;
  while (s < path.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = s;
    } else if (p < pattern.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
    } else if (p == pattern.size() && !anchored) {
      return true;  // the pattern is a prefix of the path
    } else if (star != std::string_view::npos) {
      p = star + 1;
      s = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

RobotsRules RobotsRules::DisallowAll() {
  RobotsRules r;
  r.rules_.push_back({"/", false});
  return r;
}

RobotsRules RobotsRules::Parse(std::string_view text, std::string_view user_agent) {
  std::string agent = AsciiLower(user_agent);
  // Groups: consecutive user-agent lines, then their rules.
  RobotsRules specific, star;
  bool have_specific = false;
  bool in_agents = false;        // reading a run of user-agent lines
  bool group_specific = false, group_star = false;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string key = AsciiLower(TrimAsciiSpace(line.substr(0, colon)));
    std::string_view value = TrimAsciiSpace(line.substr(colon + 1));
    if (key == "user-agent") {
      if (!in_agents) group_specific = group_star = false;
      in_agents = true;
      std::string v = AsciiLower(value);
      if (v == "*") group_star = true;
      else if (!v.empty() && agent.find(v) != std::string::npos) group_specific = have_specific = true;
      continue;
    }
    in_agents = false;
    if (key == "allow" || key == "disallow") {
      if (value.empty()) continue;  // "Disallow:" allows everything
      Rule r{std::string(value), key == "allow"};
      if (group_specific) specific.rules_.push_back(r);
      if (group_star) star.rules_.push_back(r);
    } else if (key == "crawl-delay") {
      double d = std::atof(std::string(value).c_str());
      if (d < 0) d = 0;
      if (d > 60) d = 60;
      if (group_specific) specific.crawl_delay_ = d;
      if (group_star) star.crawl_delay_ = d;
    }
  }
  return have_specific ? specific : star;
}

bool RobotsRules::Allowed(std::string_view path) const {
  if (path.empty()) path = "/";
  if (path == "/robots.txt") return true;
  size_t best = 0;
  bool allowed = true, matched = false;
  for (const Rule& r : rules_) {
    if (!RobotsPatternMatches(r.pattern, path)) continue;
    size_t len = r.pattern.size();
    if (!matched || len > best || (len == best && r.allow)) {
      best = len;
      allowed = r.allow;
      matched = true;
    }
  }
  return allowed;
}

}  // namespace newsclaims::fetch
