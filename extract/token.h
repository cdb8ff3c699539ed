// Token: one word or punctuation mark of an article's text, with its byte offsets (for
// slicing the UTF-8 text) and code point offsets (for records), and whether it sits
// inside quotation marks. Sentence: a run of tokens. These are the units every extractor uses.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsclaims::extract {

struct Token {
  std::string_view text;  // view into the article text
  size_t begin = 0, end = 0;        // byte offsets in the article text
  size_t cp_begin = 0, cp_end = 0;  // code point offsets (what records carry)
  bool space_before = true;         // whitespace precedes the token
  bool newline_before = false;      // a line break precedes the token (paragraph edge)
  bool in_quote = false;  // inside quotation marks (QuoteScanner)
};

// A sentence as a half-open range of token indexes.
struct Sentence {
  size_t first = 0, last = 0;  // tokens [first, last)
  size_t paragraph = 0;        // index of the paragraph (line block) it belongs to
};

}  // namespace newsclaims::extract
