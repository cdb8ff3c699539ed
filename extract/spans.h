// TokenSpan: a half-open range of token indexes, and helpers to read labelled runs
// ("B-X I-X I-X") out of a BIO label sequence.
#pragma once

#include <string_view>
#include <vector>

#include "extract/document.h"

namespace newsclaims::extract {

struct TokenSpan {
  size_t first = 0, last = 0;  // tokens [first, last)
  bool empty() const { return first >= last; }
  bool Contains(size_t i) const { return i >= first && i < last; }
};

// A labelled run of tokens.
struct LabelledSpan {
  TokenSpan span;
  std::string_view type;  // the label without its "B-"/"I-" prefix
};

// Runs of `labels` (BIO) as spans; an I- label after a different type starts a new run.
std::vector<LabelledSpan> BioSpans(const std::vector<std::string_view>& labels);

// Code point offsets {start, end} and the text of a token span, as records carry them.
struct CodePointSpan {
  size_t start = 0, end = 0;
};
inline CodePointSpan ToCodePoints(const Document& doc, TokenSpan s) {
  return {doc.tokens[s.first].cp_begin, doc.tokens[s.last - 1].cp_end};
}

}  // namespace newsclaims::extract
