// StageRunner: the driver every stage shares. It pulls work items from sources, turns
// each into exactly one output line (the stage's result or an error record), keeps input
// order, runs records on several threads with bounded memory, and reports progress.
#pragma once

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/record.h"
#include "common/record_source.h"

namespace newsclaims {

// Handed to a stage's record function: lets long work notice its time budget is spent.
class RecordContext {
 public:
  explicit RecordContext(std::chrono::steady_clock::time_point deadline) : deadline_(deadline) {}
  bool Expired() const { return std::chrono::steady_clock::now() > deadline_; }

 private:
  std::chrono::steady_clock::time_point deadline_;
};

// Turns one good input record into one output record. It may return a record made by
// ErrorRecord(); exceptions it throws become "internal_error" error records.
using RecordFn = std::function<Json(Json& input, const std::string& id, const RecordContext& ctx)>;

struct StageOptions {
  std::string stage;              // name used in error records and logs ("parse")
  int threads = 0;                // worker threads; 0 = one per core
  RecordLimits limits;            // input size and nesting limits
  double record_seconds = 10.0;   // time budget per record (checked by the stage's own loops)
  bool pass_errors = true;        // records that already carry "error" are passed through unchanged
  bool progress = false;          // print a progress line on stderr (callers enable it on a tty)
};

struct StageSummary {
  size_t records = 0;  // output lines written
  size_t errors = 0;   // of which error records (new or passed through)
  bool output_failed = false;  // writing stdout failed (e.g. closed pipe)
};

// Runs the stage over every source in order, writing to `out`.
StageSummary RunStage(const StageOptions& options, std::vector<std::unique_ptr<RecordSource>> sources,
                      const RecordFn& fn, std::FILE* out);

// Processes one work item exactly as RunStage does (exposed for tests and for `run`).
// Sets `*is_error` when the result is an error record.
std::string ProcessItem(const StageOptions& options, WorkItem& item, const RecordFn& fn, bool* is_error);

}  // namespace newsclaims
