// Document: an article's text analysed into tokens and sentences, with the per-token
// strings (lower case, word shape) every tagger's features read. Built once per article
// by the extract stage and by the trainer, so training and tagging see identical input.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "extract/token.h"

namespace newsclaims::extract {

class Document {
 public:
  // Tokenizes `text` (which must outlive the document), splits sentences and marks quotes.
  Document(std::string_view text, const WordSet& abbreviations, const WordSet& no_break_after);

  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<std::string> lower;  // ASCII-lower-cased token text, curly apostrophes as '
  std::vector<std::string> shape;  // "Xxxxx", "XX", "dd", "x.x." ... (runs collapsed)
  std::vector<size_t> sentence_of;  // sentence index of each token
  // Labels the taggers fill in, one per token (views of model label names):
  std::vector<std::string_view> pos;   // Penn Treebank part of speech
  std::vector<std::string_view> ner;   // entity BIO label ("B-PERSON", "I-ORG", "O")
  std::vector<std::string_view> cue;   // attribution cue BIO label ("B-CUE", "I-CUE", "O")
  std::vector<std::string_view> role;  // "B-SRC", "I-SRC", "B-CON", "I-CON", "O"

  // Text of tokens [a, b) as it appears in the article.
  std::string_view Slice(size_t a, size_t b) const;
  size_t size() const { return tokens.size(); }
};

// Word shape of `token`: letters become X/x, digits d, other characters stay; runs of the
// same class longer than two are collapsed ("Kaspersky" -> "Xxx", "2017" -> "dd").
std::string WordShape(std::string_view token);

}  // namespace newsclaims::extract
