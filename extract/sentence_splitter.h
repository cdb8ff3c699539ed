// SentenceSplitter: groups tokens into sentences. ICU's sentence rules (with its standard
// abbreviation suppressions) propose breaks; news-specific fixes then apply: line breaks
// always end a sentence (headlines, datelines, bylines), and a break after a title
// abbreviation or an initial ("Mr.", "Sen.", "J.") or before a lower-case word is undone;
// a sentence never runs past 250 tokens.
#pragma once

#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "extract/token.h"

namespace newsclaims::extract {

// Sentences of `tokens` (from Tokenize over `text`). `no_break_after` holds lower-cased
// abbreviations after which a sentence never ends when a capitalised word follows.
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const WordSet& no_break_after);

}  // namespace newsclaims::extract
