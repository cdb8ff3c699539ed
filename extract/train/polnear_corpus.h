// PolNeARCorpus: reads the training data the taggers learn from: PolNeAR article texts,
// their brat attribution annotations (Source/Cue/Content) and CoreNLP's silver
// CoNLL-U analyses (part of speech, 4-class entities), projected onto our own tokens.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "common/status.h"
#include "extract/document.h"

namespace newsclaims::extract::train {

struct AnnotatedDoc {
  std::string id;
  std::unique_ptr<Document> doc;
  std::vector<std::string> pos;   // silver POS per token
  std::vector<std::string> ner;   // silver entity BIO label per token ("B-PERSON"...)
  std::vector<std::string> cue;   // gold cue BIO label per token
  std::vector<std::string> role;  // gold source/content BIO label per token
};

class PolnearCorpus {
 public:
  // Reads `dir`/text, `dir`/attributions and `conllu` (gzip). Articles annotated by several
  // annotators use the first annotation file, as attribution_score.py does.
  Status Load(const std::string& dir, const std::string& conllu, const WordSet& abbreviations,
              const WordSet& no_break_after);
  std::vector<AnnotatedDoc>& docs() { return docs_; }

 private:
  std::deque<std::string> texts_;  // owns the texts the documents view
  std::vector<AnnotatedDoc> docs_;
};

}  // namespace newsclaims::extract::train
