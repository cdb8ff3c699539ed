// `newsclaims parse`: flags and wiring for the parse stage (logic in parse/parse_stage.cc).
#include "cli/commands.h"
#include "cli/stage_cli.h"
#include "common/warc.h"
#include "parse/parse_stage.h"

namespace newsclaims::cli {

int RunParse(int argc, char** argv) {
  CLI::App app("Turn HTML page records into article records: title, authors, dates, site,\n"
               "language, canonical URL and the main body text as paragraphs.",
               "newsclaims parse");
  app.footer(
      "Input: JSON lines {\"id\",\"url\",\"html\",...} (from `newsclaims fetch`), raw .html/.html.gz files,\n"
      "or WARC archives (.warc, .warc.gz; every HTML response becomes a page).\n"
      "Output: one article record per input line; failures become {\"id\",\"error\":{...}} records.\n\n"
      "Examples:\n"
      "  newsclaims parse pages.jsonl.gz > articles.jsonl\n"
      "  newsclaims parse saved/*.html | jq -r .title\n"
      "  newsclaims fetch urls.txt | newsclaims parse | newsclaims extract\n\n"
      "Exit status: 0 all records parsed, 1 some became error records, 2 usage error, 3 fatal error.");
  StageFlags flags;
  parse::ParseOptions popts;
  AddStageFlags(app, flags);
  app.add_option("--max-html-bytes", popts.max_html_bytes, "largest page parsed (default 16 MiB)");
  app.add_option("--min-body-chars", popts.min_body_chars, "shorter bodies count as 'not an article' (default 200)");
  int rc = ParseArgs(app, argc, argv);
  if (rc >= 0) return rc;

  StageOptions options;
  options.stage = "parse";
  options.record_seconds = 5.0;
  auto special = [&](const std::string& path) -> std::unique_ptr<RecordSource> {
    if (parse::IsHtmlFilePath(path)) return parse::MakeHtmlFileSource(path, popts.max_html_bytes);
    if (IsWarcPath(path)) return parse::MakeWarcSource(path, popts.max_html_bytes);
    return nullptr;
  };
  return RunStageCommand(options, flags, special, [&](Json& page, const std::string& id, const RecordContext& ctx) {
    return parse::ParsePage(page, id, popts, ctx);
  });
}

}  // namespace newsclaims::cli
