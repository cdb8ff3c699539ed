// Fuzzes feed and sitemap parsing (RSS, Atom, sitemaps) and feed sniffing.
#include <cstdint>
#include <string_view>

#include "fetch/feed_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view xml(reinterpret_cast<const char*>(data), size);
  newsclaims::fetch::Feed feed;
  newsclaims::fetch::ParseFeed(xml, "https://fuzz.example/feed.xml", &feed);
  newsclaims::fetch::LooksLikeFeed(xml, "application/xml");
  return 0;
}
