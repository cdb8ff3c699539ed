// URL helpers on libcurl's URL API (CURLU): resolving links against a base, normalising
// for deduplication, and taking parts apart. All functions return empty on failure.
#pragma once

#include <string>
#include <string_view>

namespace newsclaims {

// Resolves `href` against `base` ("../a" on "https://x/y/z" -> "https://x/a").
std::string ResolveUrl(std::string_view base, std::string_view href);

// Lower-cased host of `url` without a leading "www.", or empty.
std::string UrlHost(std::string_view url);

// The URL's scheme ("http"), lower-cased, or empty when it is not an absolute URL.
std::string UrlScheme(std::string_view url);

// Canonical form for deduplication: scheme and host lower-cased, default port and
// fragment removed, tracking parameters (utm_*, fbclid, gclid, ...) dropped.
std::string NormaliseUrl(std::string_view url);

// The key a URL is known by (fetch's state and ids, parse's ids for WARC records):
// NormaliseUrl(url), or `url` itself when it cannot be normalised.
std::string UrlKey(std::string_view url);

}  // namespace newsclaims
