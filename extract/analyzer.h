// Analyzer: the extract stage's loaded resources (lexicons and tagger models, read once
// from the data directory and shared read-only by all threads) and the pass that turns an
// article's text into a fully tagged Document.
#pragma once

#include <memory>
#include <string>

#include "common/status.h"
#include "extract/document.h"
#include "extract/lexicon.h"
#include "extract/perceptron.h"
#include "extract/tagger_features.h"

namespace newsclaims::extract {

struct Lexicons {
  WordSet abbreviations, no_break_after, reporting, titles;
  WordSet org_suffixes, anonymous_sources, media_outlets, document_nouns, org_nouns, person_nouns, government_words;
  WordSet places;  // countries, capitals, states: a tagged name that is one is a place
};

class Analyzer {
 public:
  // Loads every lexicon and model from `data_dir` (see DataDirectory()).
  Status Load(const std::string& data_dir);
  // Tokenizes, splits and tags `text`; the text must outlive the document.
  std::unique_ptr<Document> Analyze(std::string_view text) const;
  const Lexicons& lexicons() const { return lex_; }

 private:
  Lexicons lex_;
  PerceptronModel pos_, entities_, cues_, roles_;
};

}  // namespace newsclaims::extract
