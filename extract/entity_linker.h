// EntityLinker: groups the entity tagger's mentions into entities for one article. A
// later short form joins an earlier full name of the same type ("Kaspersky" -> "Eugene
// Kaspersky"), acronyms join the names they abbreviate ("DHS"), and descriptions and
// pronouns ("the company", "it", "he") join the entity they clearly refer back to. Roles
// stated beside a person's name ("CEO of Kaspersky Lab") are collected. A person and an
// organisation that share a word are never merged.
#pragma once

#include <string>
#include <vector>

#include "extract/analyzer.h"
#include "extract/document.h"
#include "extract/spans.h"

namespace newsclaims::extract {

struct EntityMention {
  TokenSpan span;
  std::string kind;  // "name", "acronym", "description", "pronoun"
};

struct Entity {
  std::string id;    // "e1", "e2"... in order of first mention
  std::string type;  // PERSON, ORG, LOC, MISC
  std::string name;  // the fullest proper name used
  std::vector<EntityMention> mentions;
  std::vector<std::string> aliases;  // other names and descriptions used for it
  std::vector<std::string> roles;    // titles and roles stated in the text
};

// Entities of `doc`. `entity_of` (if not null) receives, per token, the index of the
// entity whose mention covers it, or -1.
std::vector<Entity> LinkEntities(const Document& doc, const Lexicons& lex, std::vector<int>* entity_of);

}  // namespace newsclaims::extract
