// Fuzzes robots.txt parsing and matching: the first line is the path to test.
#include <cstdint>
#include <string_view>

#include "fetch/robots.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  size_t nl = text.find('\n');
  std::string_view path = nl == std::string_view::npos ? text : text.substr(0, nl);
  auto rules = newsclaims::fetch::RobotsRules::Parse(text, "newsclaims");
  rules.Allowed(path);
  newsclaims::fetch::RobotsPatternMatches(path, text.substr(0, 64));
  return 0;
}
