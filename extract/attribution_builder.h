// AttributionBuilder: turns the tagger's cue, source and content labels into
// attributions (who said what): each cue run is paired with the nearest source run of
// its sentence and the content runs around it (which may span several sentences of a
// quotation), then classified by quote kind and source type (docs/extract.md).
#pragma once

#include <string>
#include <vector>

#include "extract/analyzer.h"
#include "extract/document.h"
#include "extract/spans.h"

namespace newsclaims::extract {

struct Attribution {
  TokenSpan cue;
  TokenSpan source;   // empty when the article names no source
  TokenSpan content;  // empty when no content was found
  std::string quote;        // "direct", "indirect" or "mixed"
  std::string source_type;  // named_person, named_organization, official_document, media_report, anonymous
  int entity = -1;          // index of the source's entity (set by the entity linker), or -1
  size_t sentence = 0;      // sentence of the cue
};

std::vector<Attribution> BuildAttributions(const Document& doc, const Lexicons& lex);

// The source type of a source span (also used for claims): reads entity labels and the
// media, document and anonymous-source lexicons.
std::string ClassifySource(const Document& doc, TokenSpan source, const Lexicons& lex);

}  // namespace newsclaims::extract
