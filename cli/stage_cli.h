// Command-line plumbing shared by the stage commands: the common flags (threads, limits,
// progress), turning file arguments into record sources, and running a stage to an exit code.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/record_source.h"
#include "common/stage_runner.h"

namespace newsclaims::cli {

struct StageFlags {
  std::vector<std::string> inputs;  // files; empty or "-" = stdin
  int threads = 0;
  double record_seconds = 0;  // 0 = the stage's default
  size_t max_line_bytes = 64u << 20;
  bool progress = false;
  bool no_progress = false;
  bool verbose = false;
};

// Adds the shared flags to a stage's CLI11 app.
void AddStageFlags(CLI::App& app, StageFlags& flags);

// Opens a source per input: `special(path)` may return a stage-specific source (raw HTML,
// WARC); otherwise the file is read as JSON lines.
using SourceFactory = std::function<std::unique_ptr<RecordSource>(const std::string& path)>;
std::vector<std::unique_ptr<RecordSource>> OpenSources(const StageFlags& flags, const SourceFactory& special);

// Parses argv with `app`; returns -1 to continue, or the exit code to return now
// (0 after --help/--version, 2 after a usage error).
int ParseArgs(CLI::App& app, int argc, char** argv);

// Runs the stage with the flags and returns the process exit code.
int RunStageCommand(StageOptions options, const StageFlags& flags, const SourceFactory& special, const RecordFn& fn);

}  // namespace newsclaims::cli
