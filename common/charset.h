// Charset detection and conversion to UTF-8 (ICU), shared by fetch and by parse when it
// reads raw HTML files. Follows the order browsers use: byte order mark, then the
// declared charset (HTTP header, then <meta>), checked against the bytes, then ICU's
// statistical detector.
#pragma once

#include <string>
#include <string_view>

#include "common/status.h"

namespace newsclaims {

struct DecodedText {
  std::string utf8;     // the text as UTF-8
  std::string charset;  // the charset it was decoded from (canonical name, e.g. "windows-1252")
  std::string how;      // "bom", "header", "meta", "utf8", "detected" or "fallback"
};

// Decodes `bytes` to UTF-8. `header_charset` is the charset from a Content-Type header
// (may be empty). Never fails: undecodable bytes become U+FFFD.
DecodedText DecodeToUtf8(std::string_view bytes, std::string_view header_charset = {});

// Converts `bytes` from `charset` to UTF-8; fails with "bad_charset" for unknown names.
Status ConvertToUtf8(std::string_view bytes, std::string_view charset, std::string* out);

// The charset parameter of a Content-Type header value ("text/html; charset=UTF-8" ->
// "utf-8"), lower-cased and unquoted, or empty.
std::string CharsetFromContentType(std::string_view content_type);

// The charset named by a <meta charset> or <meta http-equiv content-type> in the first
// kilobytes of `html`, lower-cased, or empty.
std::string SniffMetaCharset(std::string_view html);

}  // namespace newsclaims
