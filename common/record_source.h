// RecordSource: where a stage's input records come from. The default source reads JSON
// lines (plain or gzip'd); stages may add their own (parse reads raw HTML and WARC files).
// A source yields WorkItems: raw lines still to be parsed, or records it built itself.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/line_reader.h"
#include "common/record.h"

namespace newsclaims {

// One unit of work for a stage: exactly one output line is written for it.
struct WorkItem {
  std::string line;           // a JSON line to parse, when `record` is empty
  std::optional<Json> record; // a record the source built (e.g. from an HTML file)
  Status error;               // set when the source already knows the item failed
  std::string origin;         // "file:line", for messages and fallback ids
};

class RecordSource {
 public:
  virtual ~RecordSource() = default;
  // Fills `item` with the next unit of work; false at the end of the source.
  virtual bool Next(WorkItem* item) = 0;
};

// Reads JSON lines from a file or "-" (stdin), gzip'd or not. Blank lines are skipped;
// lines over limits.max_line_bytes become "oversized_record" error items.
class JsonLinesSource : public RecordSource {
 public:
  JsonLinesSource(std::string path, const RecordLimits& limits);
  bool Next(WorkItem* item) override;

 private:
  std::string path_;
  RecordLimits limits_;
  LineReader reader_;
  Status open_status_;
  bool opened_ = false;
  bool reported_open_error_ = false;
};

// A source that yields a single failed item (for example an input file that cannot be read).
class ErrorSource : public RecordSource {
 public:
  ErrorSource(std::string origin, Status status) : origin_(std::move(origin)), status_(std::move(status)) {}
  bool Next(WorkItem* item) override;

 private:
  std::string origin_;
  Status status_;
  bool done_ = false;
};

}  // namespace newsclaims
