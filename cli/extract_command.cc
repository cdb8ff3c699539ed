// `newsclaims extract`: flags and wiring for the extract stage (logic in extract/).
#include "cli/commands.h"
#include "cli/stage_cli.h"
#include "extract/extract_stage.h"

namespace newsclaims::cli {

int RunExtract(int argc, char** argv) {
  CLI::App app("Find sentences, entities, attributions (who said what), dates and claims\n"
               "(bans, appeals, allegations) in article records.",
               "newsclaims extract");
  app.footer(
      "Input: JSON lines {\"id\",\"text\",\"published\"?,...} (from `newsclaims parse`).\n"
      "Output: the same records with sentences, entities, attributions, dates and claims added;\n"
      "failures become {\"id\",\"error\":{...}} records. Offsets are Unicode code points in \"text\".\n\n"
      "Examples:\n"
      "  newsclaims parse pages.jsonl | newsclaims extract > extracted.jsonl\n"
      "  echo '{\"id\":\"a\",\"text\":\"The ministry banned the app, officials said.\"}' | newsclaims extract | jq .claims\n"
      "  newsclaims extract --data-dir ~/my-lexicons articles.jsonl\n\n"
      "Exit status: 0 all records extracted, 1 some became error records, 2 usage error, 3 fatal error.");
  StageFlags flags;
  extract::ExtractOptions eopts;
  AddStageFlags(app, flags);
  app.add_option("--data-dir", eopts.data_dir, "directory of lexicons and models (default: installed data)");
  app.add_option("--max-text-bytes", eopts.max_text_bytes, "longest text extracted (default 4 MiB)");
  app.add_flag("--tokens", eopts.tokens, "also write tokens with their tags (debugging)");
  int rc = ParseArgs(app, argc, argv);
  if (rc >= 0) return rc;
  extract::Extractor extractor;
  if (Status s = extractor.Init(eopts); !s.ok()) {
    std::fprintf(stderr, "newsclaims extract: %s\n", s.ToString().c_str());
    return 3;
  }
  StageOptions options;
  options.stage = "extract";
  options.record_seconds = 5.0;
  return RunStageCommand(options, flags, nullptr, [&](Json& article, const std::string& id, const RecordContext& ctx) {
    return extractor.Extract(article, id, ctx);
  });
}

}  // namespace newsclaims::cli
