// Feature templates of the four taggers. Training (extract/train) and tagging
// (extract/taggers.cc) call the same functions, so a model always sees the features it
// was trained on. Changing a template means retraining: scripts/train-models.sh.
#pragma once

#include "extract/document.h"
#include "extract/greedy_tagger.h"
#include "extract/lexicon.h"

namespace newsclaims::extract {

// Word lists some templates read (loaded from the data directory).
struct FeatureLexicons {
  const WordSet* reporting = nullptr;  // reporting verbs and phrases ("said", "according")
  const WordSet* titles = nullptr;     // person titles ("president", "sen.")
};

// Part of speech from the word, its affixes and neighbours, and the previous two tags.
void PosFeatures(const Document& doc, size_t i, const LabelHistory& tags, FeatureSet& f);

// Entity BIO label; reads doc.pos.
void EntityFeatures(const Document& doc, size_t i, const LabelHistory& tags, FeatureSet& f,
                    const FeatureLexicons& lex);

// Attribution cue BIO label; reads doc.pos and doc.ner.
void CueFeatures(const Document& doc, size_t i, const LabelHistory& tags, FeatureSet& f, const FeatureLexicons& lex);

// Attribution source/content BIO label; reads doc.pos, doc.ner and doc.cue.
void RoleFeatures(const Document& doc, size_t i, const LabelHistory& tags, FeatureSet& f);

}  // namespace newsclaims::extract
