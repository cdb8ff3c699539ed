// URL resolution and normalisation over libcurl's CURLU; tested by url_test.cc.
#include "common/url.h"

#include "common/utf8.h"

#include <curl/curl.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace newsclaims {
namespace {

struct UrlDeleter {
  void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

std::string Get(CURLU* u, CURLUPart part, unsigned flags = 0) {
  char* s = nullptr;
  if (curl_url_get(u, part, &s, flags) != CURLUE_OK || !s) return {};
  std::string out(s);
  curl_free(s);
  return out;
}

UrlHandle Parse(std::string_view url) {
  UrlHandle u(curl_url());
  std::string s(url);
  if (curl_url_set(u.get(), CURLUPART_URL, s.c_str(), CURLU_NON_SUPPORT_SCHEME | CURLU_URLENCODE) != CURLUE_OK)
    return nullptr;
  return u;
}

bool IsTrackingParam(std::string_view kv) {
  std::string key = AsciiLower(kv.substr(0, kv.find('=')));
  static const char* kExact[] = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid",
                                 "_ga", "_hsenc", "_hsmi", "ref_src", "cmpid", "ncid", "ocid", "smid", "sr_share"};
  if (key.rfind("utm_", 0) == 0) return true;
  for (const char* k : kExact)
    if (key == k) return true;
  return false;
}

}  // namespace

std::string ResolveUrl(std::string_view base, std::string_view href) {
  std::string h(href);
  h.erase(std::remove_if(h.begin(), h.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }), h.end());
  while (!h.empty() && h.front() == ' ') h.erase(h.begin());
  while (!h.empty() && h.back() == ' ') h.pop_back();
  if (h.empty()) return {};
  UrlHandle u = Parse(base);
  if (!u) {
    u = Parse(h);
    return u ? Get(u.get(), CURLUPART_URL) : std::string();
  }
  if (curl_url_set(u.get(), CURLUPART_URL, h.c_str(), CURLU_NON_SUPPORT_SCHEME | CURLU_URLENCODE) != CURLUE_OK)
    return {};
  return Get(u.get(), CURLUPART_URL);
}

std::string UrlHost(std::string_view url) {
  UrlHandle u = Parse(url);
  if (!u) return {};
  std::string host = AsciiLower(Get(u.get(), CURLUPART_HOST));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

std::string UrlScheme(std::string_view url) {
  UrlHandle u = Parse(url);
  return u ? Get(u.get(), CURLUPART_SCHEME) : std::string();
}

std::string NormaliseUrl(std::string_view url) {
  UrlHandle u = Parse(url);
  if (!u) return {};
  curl_url_set(u.get(), CURLUPART_FRAGMENT, nullptr, 0);
  std::string host = AsciiLower(Get(u.get(), CURLUPART_HOST));
  curl_url_set(u.get(), CURLUPART_HOST, host.c_str(), 0);
  std::string query = Get(u.get(), CURLUPART_QUERY);
  if (!query.empty()) {
    std::string kept;
    size_t i = 0;
    while (i <= query.size()) {
      size_t j = query.find('&', i);
      if (j == std::string::npos) j = query.size();
      std::string_view kv(query.data() + i, j - i);
      if (!kv.empty() && !IsTrackingParam(kv)) {
        if (!kept.empty()) kept += '&';
        kept += kv;
      }
      i = j + 1;
    }
    curl_url_set(u.get(), CURLUPART_QUERY, kept.empty() ? nullptr : kept.c_str(), 0);
  }
  std::string port = Get(u.get(), CURLUPART_PORT);
  std::string scheme = Get(u.get(), CURLUPART_SCHEME);
  if ((scheme == "http" && port == "80") || (scheme == "https" && port == "443"))
    curl_url_set(u.get(), CURLUPART_PORT, nullptr, 0);
  return Get(u.get(), CURLUPART_URL);
}

std::string UrlKey(std::string_view url) {
  std::string key = NormaliseUrl(url);
  return key.empty() ? std::string(url) : key;
}

}  // namespace newsclaims
