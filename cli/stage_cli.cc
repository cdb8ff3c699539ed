// Shared stage flags and exit-code mapping; tested by tests/cli_test.cc.
#include "cli/stage_cli.h"

#include <cstdio>

#include "cli/commands.h"
#include "common/progress.h"
#include "common/version.h"

namespace newsclaims::cli {

void AddStageFlags(CLI::App& app, StageFlags& flags) {
  app.add_option("files", flags.inputs, "input files (JSON lines, .gz read transparently); '-' or none: stdin");
  app.add_option("-j,--threads", flags.threads, "worker threads (default: one per core)")->check(CLI::Range(0, 256));
  app.add_option("--record-timeout", flags.record_seconds, "seconds one record may take before it becomes an error record");
  app.add_option("--max-record-bytes", flags.max_line_bytes, "longest input line accepted (default 64 MiB)");
  app.add_flag("--progress", flags.progress, "show progress on stderr even when it is not a terminal");
  app.add_flag("--no-progress", flags.no_progress, "never show progress");
  app.add_flag("-v,--verbose", flags.verbose, "print a summary line on stderr at the end");
  app.set_version_flag("-V,--version", std::string("newsclaims ") + NEWSCLAIMS_VERSION);
}

std::vector<std::unique_ptr<RecordSource>> OpenSources(const StageFlags& flags, const SourceFactory& special) {
  RecordLimits limits;
  limits.max_line_bytes = flags.max_line_bytes;
  std::vector<std::unique_ptr<RecordSource>> sources;
  std::vector<std::string> inputs = flags.inputs.empty() ? std::vector<std::string>{"-"} : flags.inputs;
  for (const auto& path : inputs) {
    std::unique_ptr<RecordSource> s = special ? special(path) : nullptr;
    sources.push_back(s ? std::move(s) : std::make_unique<JsonLinesSource>(path, limits));
  }
  return sources;
}

int ParseArgs(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  return -1;
}

int RunStageCommand(StageOptions options, const StageFlags& flags, const SourceFactory& special, const RecordFn& fn) {
  options.threads = flags.threads;
  options.limits.max_line_bytes = flags.max_line_bytes;
  if (flags.record_seconds > 0) options.record_seconds = flags.record_seconds;
  options.progress = !flags.no_progress && (flags.progress || StderrIsTerminal());
  StageSummary summary = RunStage(options, OpenSources(flags, special), fn, stdout);
  if (flags.verbose) {
    std::fprintf(stderr, "%s: %zu records, %zu errors\n", options.stage.c_str(), summary.records, summary.errors);
  }
  if (summary.output_failed) {
    std::fprintf(stderr, "%s: writing output failed\n", options.stage.c_str());
    return kExitFatal;
  }
  return summary.errors > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace newsclaims::cli
