// Tokenizer: splits English news text into Penn-Treebank-like tokens (punctuation,
// clitics such as "'s" and "n't", and quotes become tokens of their own; abbreviations,
// initials, numbers, URLs and hyphenated words stay whole). Rule-based and allocation-free
// apart from the output vector; offsets are both bytes and code points.
#pragma once

#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "extract/token.h"

namespace newsclaims::extract {

// Tokenizes `text` (valid UTF-8). `abbreviations` holds lower-cased words that keep their
// final period ("mr.", "jan.", "corp."); it may be empty.
std::vector<Token> Tokenize(std::string_view text, const WordSet& abbreviations);

// True for opening/closing quotation marks: " “ ” ‘ ’ « » „ ` '' ``.
bool IsQuoteToken(std::string_view token);

// True when the token starts with an ASCII capital letter ("Ban", "Swift").
inline bool StartsUpper(std::string_view t) { return !t.empty() && t[0] >= 'A' && t[0] <= 'Z'; }

}  // namespace newsclaims::extract
