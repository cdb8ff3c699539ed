// ClaimExtractor: finds bans, appeals and allegations (../shared/spec/claims.md) in a
// tagged document. Triggers and the words that negate, hedge or legalise them come from
// data files (claim_triggers.txt, claim_cues.txt); actor and target are read from the
// trigger's clause through the linked entities (so "It" is Kaspersky Lab), and the
// sourcing from the attribution whose content holds the trigger.
#pragma once

#include <string>
#include <vector>

#include "common/status.h"
#include "extract/attribution_builder.h"
#include "extract/document.h"
#include "extract/entity_linker.h"
#include "extract/lexicon.h"

namespace newsclaims::extract {

struct ClaimLexicon {
  WordSet triggers;  // phrase -> "type\tflags"
  WordSet cues;      // word -> negation | hypothetical | legal
  WordSet exclusions;  // phrases in which a trigger is not a claim ("appeals court")
  Status Load(const std::string& data_dir);
};

struct ClaimParty {
  TokenSpan text;    // the words in the sentence (may be a pronoun or description)
  int entity = -1;   // linked entity, or -1
  std::string name;  // the entity's fullest name, else the words
};

struct Claim {
  std::string type;
  TokenSpan trigger;
  size_t sentence = 0;
  ClaimParty actor, target;  // empty text = null
  TokenSpan content;
  bool negated = false, hypothetical = false;
  std::string source_type = "unattributed";
  TokenSpan source_text;
  std::string quote = "none";
  int attribution = -1;  // index into the attributions, or -1
  bool noun = false;     // the trigger is a noun mention
};

// `words` supplies the shared word lists: reporting verbs (attributions that source a
// claim), titles (a titled name is a person) and anonymous-source words.
std::vector<Claim> ExtractClaims(const Document& doc, const ClaimLexicon& lex, const Lexicons& words,
                                 const std::vector<Entity>& entities,
                                 const std::vector<int>& entity_of, const std::vector<Attribution>& attributions);

}  // namespace newsclaims::extract
