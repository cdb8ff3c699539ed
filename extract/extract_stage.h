// The extract stage: article records ({"id", "text", "published"?, ...}) to the same
// records plus sentences, entities, attributions, dates and claims. This is the library
// behind `newsclaims extract`; fields are documented in docs/extract.md and
// schemas/extracted.schema.json.
#pragma once

#include <string>

#include "common/record.h"
#include "common/stage_runner.h"
#include "common/status.h"

namespace newsclaims::extract {

class Analyzer;

struct ExtractOptions {
  std::string data_dir;            // lexicons and models ("" = DataDirectory default)
  size_t max_text_bytes = 4u << 20;  // longer texts become "too_large" error records
  bool tokens = false;             // also write the tokens with their tags (for debugging)
};

// Loads lexicons and models once; then Extract() may be called from many threads.
class Extractor {
 public:
  Status Init(const ExtractOptions& options);
  Json Extract(Json& article, const std::string& id, const RecordContext& ctx) const;
  ~Extractor();
  Extractor();

 private:
  ExtractOptions options_;
  std::unique_ptr<Analyzer> analyzer_;
  std::unique_ptr<struct ClaimLexicon> claim_lex_;
};

}  // namespace newsclaims::extract
