// The parse stage: page records ({"id", "url", "html", ...}) to article records with
// metadata, body text and paragraph offsets. This is the library behind `newsclaims parse`;
// the record contract is in docs/records.md and schemas/article.schema.json.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/record.h"
#include "common/record_source.h"
#include "common/stage_runner.h"

namespace newsclaims::parse {

struct ParseOptions {
  size_t max_html_bytes = 16u << 20;  // larger pages become "too_large" error records
  size_t max_nodes = 500000;          // pages with more DOM nodes become "too_complex" errors
  size_t max_depth = 4096;            // deeper element nesting becomes "too_complex" (before parsing)
  size_t min_body_chars = 200;        // shorter bodies are reported as not an article
  long today = 0;                     // latest plausible date (days since 1970); 0 = now + 1 day
};

// Turns one page record into an article record (or an error record). Records that are
// already articles (a "text" field and no "html") are returned unchanged.
Json ParsePage(Json& page, const std::string& id, const ParseOptions& options, const RecordContext& ctx);

// A source for a raw HTML file (".html", ".htm", optionally ".gz"): one page record whose
// id is the file name without extensions and whose html is decoded to UTF-8.
std::unique_ptr<RecordSource> MakeHtmlFileSource(const std::string& path, size_t max_bytes);

// A cheap upper estimate of the element nesting depth of `html` (a tag scan, no parse).
size_t EstimateNestingDepth(std::string_view html);

// A source for a WARC archive (".warc", ".warc.gz"): one page record per HTML response.
std::unique_ptr<RecordSource> MakeWarcSource(const std::string& path, size_t max_bytes);

// True when `path` names a raw HTML file rather than JSON lines.
bool IsHtmlFilePath(const std::string& path);

}  // namespace newsclaims::parse
