#include "fetch/feed_parser.h"

#include <pugixml.hpp>

#include <cstring>

#include "common/url.h"
#include "common/utf8.h"

namespace newsclaims::fetch {
namespace {

// Element name without a namespace prefix ("atom:link" -> "link").
std::string_view Local(const pugi::xml_node& n) {
  std::string_view name = n.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node Child(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_node c : n.children())
    if (Local(c) == local) return c;
  return {};
}

std::string Text(const pugi::xml_node& n) { return std::string(TrimAsciiSpace(n.text().get())); }

void Add(Feed* out, std::string_view base, const std::string& href, std::string published) {
  if (href.empty()) return;
  std::string url = ResolveUrl(base, href);
  std::string scheme = UrlScheme(url);
  if (scheme != "http" && scheme != "https") return;
  out->entries.push_back({std::move(url), std::move(published)});
}

}  // namespace

Status ParseFeed(std::string_view xml, std::string_view base_url, Feed* out) {
  *out = Feed();
  pugi::xml_document doc;
  pugi::xml_parse_result ok = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_cdata);
  if (!ok) return Status::Error("invalid_feed", std::string("not well-formed XML: ") + ok.description());
  pugi::xml_node root = doc.document_element();
  std::string_view name = Local(root);
  if (name == "rss" || name == "RDF") {
    out->kind = FeedKind::kRss;
    pugi::xml_node channel = Child(root, "channel");
    pugi::xml_node items = name == "RDF" ? root : channel;
    for (pugi::xml_node item : items.children()) {
      if (Local(item) != "item") continue;
      std::string link = Text(Child(item, "link"));
      if (link.empty()) {
        pugi::xml_node guid = Child(item, "guid");
        if (std::strcmp(guid.attribute("isPermaLink").value(), "false") != 0) link = Text(guid);
      }
      std::string date = Text(Child(item, "pubDate"));
      if (date.empty()) date = Text(Child(item, "date"));
      Add(out, base_url, link, date);
    }
  } else if (name == "feed") {
    out->kind = FeedKind::kAtom;
    for (pugi::xml_node entry : root.children()) {
      if (Local(entry) != "entry") continue;
      std::string href;
      for (pugi::xml_node link : entry.children()) {
        if (Local(link) != "link") continue;
        std::string_view rel = link.attribute("rel").value();
        if (rel.empty() || rel == "alternate") {
          href = link.attribute("href").value();
          break;
        }
      }
      std::string date = Text(Child(entry, "published"));
      if (date.empty()) date = Text(Child(entry, "updated"));
      Add(out, base_url, href, date);
    }
  } else if (name == "urlset" || name == "sitemapindex") {
    out->kind = name == "urlset" ? FeedKind::kSitemap : FeedKind::kSitemapIndex;
    std::string_view item = name == "urlset" ? "url" : "sitemap";
    for (pugi::xml_node u : root.children()) {
      if (Local(u) != item) continue;
      Add(out, base_url, Text(Child(u, "loc")), Text(Child(u, "lastmod")));
    }
  }
  return Status::OK();
}

bool LooksLikeFeed(std::string_view body, std::string_view content_type) {
  std::string ct = AsciiLower(content_type);
  if (ct.find("rss") != std::string::npos || ct.find("atom") != std::string::npos) return true;
  bool xml_type = ct.find("xml") != std::string::npos && ct.find("xhtml") == std::string::npos;
  size_t i = 0;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < body.size() && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) ++i;
  std::string head = AsciiLower(body.substr(i, 512));
  if (head.starts_with("<?xml")) {
    return head.find("<rss") != std::string::npos || head.find("<feed") != std::string::npos ||
           head.find("<urlset") != std::string::npos || head.find("<sitemapindex") != std::string::npos ||
           head.find("<rdf") != std::string::npos || (xml_type && head.find("<html") == std::string::npos);
  }
  return head.starts_with("<rss") || head.starts_with("<feed") || head.starts_with("<urlset") ||
         head.starts_with("<sitemapindex");
}

}  // namespace newsclaims::fetch
