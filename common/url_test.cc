// Tests for common/url.cc.
#include "common/url.h"

#include <catch2/catch.hpp>

using namespace newsclaims;

TEST_CASE("ResolveUrl resolves relative links", "[url]") {
  CHECK(ResolveUrl("https://a.example/x/y.html", "../z.html") == "https://a.example/z.html");
  CHECK(ResolveUrl("https://a.example/x/y.html", "/root") == "https://a.example/root");
  CHECK(ResolveUrl("https://a.example/x/", "//cdn.example/p") == "https://cdn.example/p");
  CHECK(ResolveUrl("https://a.example/", " https://b.example/q ") == "https://b.example/q");
  CHECK(ResolveUrl("https://a.example/", "").empty());
}

TEST_CASE("NormaliseUrl drops fragments, tracking parameters and default ports", "[url]") {
  CHECK(NormaliseUrl("HTTPS://News.Example:443/a?utm_source=x&id=3&fbclid=y#top") == "https://news.example/a?id=3");
  CHECK(NormaliseUrl("http://a.example:80/?utm_medium=rss") == "http://a.example/");
  CHECK(UrlHost("https://www.Example.com/x") == "example.com");
  CHECK(UrlScheme("ftp://a.example/") == "ftp");
}
