// Output sinks: where `newsclaims output` sends extracted records, one class per format.
// Each takes records one at a time (so input is streamed) and finishes once at the end.
// Error records are passed in too: formats that can show failures (sqlite, report) list
// them; the line formats count them for the summary.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "common/record.h"
#include "common/status.h"

namespace newsclaims::output {

class Sink {
 public:
  virtual ~Sink() = default;
  virtual Status Add(const Json& record) = 0;
  virtual Status Finish() = 0;
};

// One JSON line per claim.
std::unique_ptr<Sink> MakeClaimLinesSink(std::FILE* out);
// RFC 4180 CSV with a header line.
std::unique_ptr<Sink> MakeCsvSink(std::FILE* out);
// Upserts into a SQLite database (schema in docs/queries.md).
std::unique_ptr<Sink> MakeSqliteSink(const std::string& db_path, Status* status);
// A self-contained HTML report.
std::unique_ptr<Sink> MakeReportSink(std::FILE* out);

// True for error records that are not failures but work skipped on purpose: a page
// fetched in an earlier run ("unchanged", "not_modified") or listed twice ("duplicate").
bool IsSkipRecord(const Json& record);

// Quotes one CSV field (RFC 4180): wrapped in quotes when it has a comma, quote, CR or LF.
std::string CsvField(const std::string& value);
// Escapes text for HTML element content and attribute values.
std::string HtmlEscape(std::string_view text);

}  // namespace newsclaims::output
