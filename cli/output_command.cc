// `newsclaims output`: extracted records to claim lines, CSV, SQLite or an HTML report.
#include <cstdio>

#include "cli/commands.h"
#include "cli/stage_cli.h"
#include "common/atomic_file.h"
#include "common/line_reader.h"
#include "common/version.h"
#include "output/sinks.h"

namespace newsclaims::cli {

int RunOutput(int argc, char** argv) {
  CLI::App app("Turn extracted records into what analysts use: one JSON line per claim, CSV,\n"
               "a SQLite database, or a self-contained HTML report.",
               "newsclaims output");
  app.footer(
      "Input: extracted records (from `newsclaims extract`), JSON lines, from stdin or files.\n"
      "Error records are listed as failed in the sqlite and report formats and counted otherwise.\n\n"
      "Examples:\n"
      "  newsclaims output --format claims extracted.jsonl | jq 'select(.type==\"ban\")'\n"
      "  newsclaims output --format csv --out claims.csv extracted.jsonl\n"
      "  newsclaims output --format sqlite --db news.db extracted.jsonl\n"
      "  newsclaims output --format report --out today.html extracted.jsonl\n\n"
      "Exit status: 0 all records read, 1 some input lines were not valid records, 2 usage error,\n"
      "3 fatal error (database or output file unusable).");
  std::vector<std::string> inputs;
  std::string format = "claims", db, out_path;
  app.add_option("inputs", inputs, "files of extracted records (default: stdin)");
  app.add_option("-f,--format", format, "claims (default), csv, sqlite or report")
      ->check(CLI::IsMember({"claims", "csv", "sqlite", "report"}));
  app.add_option("--db", db, "SQLite database for --format sqlite (created if missing)");
  app.add_option("-o,--out", out_path, "write here instead of stdout (atomically: temporary file, then rename)");
  app.set_version_flag("-V,--version", std::string("newsclaims ") + NEWSCLAIMS_VERSION);
  int rc = ParseArgs(app, argc, argv);
  if (rc >= 0) return rc;
  if (format == "sqlite" && db.empty()) {
    std::fprintf(stderr, "newsclaims output: --format sqlite needs --db FILE\n");
    return 2;
  }
  AtomicFile atomic;
  std::FILE* out = stdout;
  if (!out_path.empty() && format != "sqlite") {
    if (Status s = atomic.Open(out_path); !s.ok()) {
      std::fprintf(stderr, "newsclaims output: %s\n", s.ToString().c_str());
      return 3;
    }
    out = atomic.file();
  }
  std::unique_ptr<output::Sink> sink;
  Status s;
  if (format == "claims") sink = output::MakeClaimLinesSink(out);
  else if (format == "csv") sink = output::MakeCsvSink(out);
  else if (format == "report") sink = output::MakeReportSink(out);
  else sink = output::MakeSqliteSink(db, &s);
  if (!s.ok()) {
    std::fprintf(stderr, "newsclaims output: %s\n", s.ToString().c_str());
    return 3;
  }
  size_t records = 0, bad = 0, failed = 0;
  RecordLimits limits;
  for (const std::string& path : inputs.empty() ? std::vector<std::string>{"-"} : inputs) {
    LineReader reader;
    if (Status o = reader.Open(path); !o.ok()) {
      std::fprintf(stderr, "newsclaims output: %s\n", o.ToString().c_str());
      ++bad;
      continue;
    }
    std::string line;
    bool oversized = false;
    while (reader.Next(&line, limits.max_line_bytes, &oversized)) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      Json record;
      Status ps = oversized ? Status::Error("oversized_record", "line too long") : ParseRecord(line, limits, &record);
      if (!ps.ok()) {
        ++bad;
        record = ErrorRecord(SalvageId(line), "output", ps);
      }
      ++records;
      failed += IsErrorRecord(record);
      if (Status w = sink->Add(record); !w.ok()) {
        std::fprintf(stderr, "newsclaims output: %s\n", w.ToString().c_str());
        return 3;
      }
    }
  }
  if (Status f = sink->Finish(); !f.ok()) {
    std::fprintf(stderr, "newsclaims output: %s\n", f.ToString().c_str());
    return 3;
  }
  if (!out_path.empty() && format != "sqlite") {
    if (Status c = atomic.Commit(); !c.ok()) {
      std::fprintf(stderr, "newsclaims output: %s\n", c.ToString().c_str());
      return 3;
    }
  }
  std::fprintf(stderr, "newsclaims output: %zu records (%zu failed upstream or unreadable)\n", records, failed);
  return bad ? 1 : 0;
}

}  // namespace newsclaims::cli
