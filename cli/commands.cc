// Subcommand table, dispatch and "did you mean" for typos; tested by tests/cli_test.cc.
#include "cli/commands.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "common/version.h"

namespace newsclaims::cli {
namespace {

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t prev = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cur = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] != b[j - 1])});
      prev = cur;
    }
  }
  return row[b.size()];
}

void PrintUsage(std::FILE* out) {
  std::fprintf(out,
               "usage: newsclaims [--version] [--help] COMMAND [ARGS...]\n\n"
               "Turns news web pages into structured, verifiable claims, as JSON lines.\n\n"
               "Commands:\n");
  for (const auto& c : Commands()) std::fprintf(out, "  %-9s %s\n", c.name, c.summary);
  std::fprintf(out,
               "\nEach command reads JSON lines from stdin or the files named (\"-\" is stdin, .gz is read\n"
               "transparently) and writes one JSON line per input record to stdout.\n"
               "Run 'newsclaims COMMAND --help' for a command's options.\n\n"
               "Example:\n"
               "  newsclaims parse pages.jsonl > articles.jsonl\n\n"
               "Exit status: 0 all records succeeded, 1 some became error records, 2 usage error,\n"
               "3 fatal error.\n");
}

}  // namespace

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"fetch", "URLs, feeds and sitemaps to page records (HTTP, polite, incremental)", RunFetchCommand},
      {"parse", "HTML page records (or .html files) to article records", RunParse},
      {"extract", "article records to entities, attributions and claims", RunExtract},
      {"output", "extracted records to claim lines, CSV, SQLite or an HTML report", RunOutput},
      {"run", "fetch, parse and extract in one streaming command (for cron)", RunPipeline},
  };
  return kCommands;
}

int RunCommand(const std::string& name, int argc, char** argv) {
  for (const auto& c : Commands())
    if (name == c.name) return c.run(argc, argv);
  std::fprintf(stderr, "newsclaims: '%s' is not a newsclaims command.", name.c_str());
  const Command* best = nullptr;
  size_t best_d = 3;
  for (const auto& c : Commands()) {
    size_t d = EditDistance(name, c.name);
    if (d < best_d) {
      best_d = d;
      best = &c;
    }
  }
  if (best) std::fprintf(stderr, " Did you mean '%s'?", best->name);
  std::fprintf(stderr, " See 'newsclaims --help'.\n");
  return kExitUsage;
}

int RunUmbrella(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(stderr);
    return kExitUsage;
  }
  std::string first = argv[1];
  if (first == "--help" || first == "-h" || first == "help") {
    if (first == "help" && argc > 2) {
      char help[] = "--help";
      char* sub_argv[] = {argv[2], help, nullptr};
      return RunCommand(argv[2], 2, sub_argv);
    }
    PrintUsage(stdout);
    return kExitOk;
  }
  if (first == "--version" || first == "-V") {
    std::printf("newsclaims %s\n", NEWSCLAIMS_VERSION);
    return kExitOk;
  }
  if (!first.empty() && first[0] == '-') {
    std::fprintf(stderr, "newsclaims: unknown option '%s'\n", first.c_str());
    PrintUsage(stderr);
    return kExitUsage;
  }
  return RunCommand(first, argc - 1, argv + 1);
}

}  // namespace newsclaims::cli
