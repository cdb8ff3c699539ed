// `newsclaims fetch`: flags and wiring for the fetch stage (logic in fetch/).
#include <cstdio>
#include <cstdlib>

#include "cli/commands.h"
#include "cli/stage_cli.h"
#include "common/progress.h"
#include "common/version.h"
#include "fetch/fetch_stage.h"
#include "fetch/state_store.h"

namespace newsclaims::cli {
namespace {

// "90", "90s", "30m", "6h", "2d", "1w" -> seconds; -1 when unreadable.
double ParseDuration(const std::string& s) {
  if (s.empty()) return -1;
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || v < 0) return -1;
  std::string unit(end);
  if (unit.empty() || unit == "s") return v;
  if (unit == "m") return v * 60;
  if (unit == "h") return v * 3600;
  if (unit == "d") return v * 86400;
  if (unit == "w") return v * 7 * 86400;
  return -1;
}

}  // namespace

int RunFetchCommand(int argc, char** argv) {
  CLI::App app("Fetch URLs, RSS/Atom feeds and sitemaps politely and incrementally, and write\n"
               "page records with the HTML converted to UTF-8.",
               "newsclaims fetch");
  app.footer(
      "Input: URLs one per line (or JSON lines with \"url\"; \"#\" starts a comment), from stdin or files.\n"
      "Feeds and sitemaps are detected by content, or forced with --feed / --sitemap; they expand into\n"
      "one page record per new article. Output: one record per URL, in input order; failures are\n"
      "{\"id\",\"url\",\"error\":{\"stage\":\"fetch\",\"code\",\"message\"}} records (codes: dns, connect, tls,\n"
      "timeout, http_status, too_large, not_html, robots, redirect_loop, bad_url, blocked_address,\n"
      "duplicate, unchanged, not_modified, backoff).\n\n"
      "Examples:\n"
      "  newsclaims fetch urls.txt > pages.jsonl\n"
      "  echo https://example.com/feed.xml | newsclaims fetch --feed | newsclaims parse\n"
      "  newsclaims fetch --state ~/news/state.db --refetch-after 1d -j 16 sources.txt\n\n"
      "State: fetched URLs are remembered in SQLite (default $XDG_DATA_HOME/newsclaims/state.db), so the\n"
      "next run skips them (\"unchanged\") unless --refetch-after has passed; feeds are always re-read\n"
      "with conditional GET. A URL that failed waits before it is requested again (1 hour, doubling\n"
      "with each failure in a row, at most 30 days; \"backoff\") unless --retry-failed is given.\n"
      "A second run on the same state exits 3 unless --wait is given.\n\n"
      "Exit status: 0 all URLs fetched, unchanged or waiting, 1 some failed, 2 usage error, 3 fatal error.");
  std::vector<std::string> inputs;
  fetch::FetchStageOptions o;
  std::string state, refetch;
  bool no_state = false, feed = false, sitemap = false, progress = false, no_progress = false, verbose = true;
  bool no_robots = false;
  double delay = o.http.host_delay;
  app.add_option("inputs", inputs, "files of URLs (default: stdin; - is stdin)");
  app.add_option("-j,--concurrency", o.http.concurrency, "transfers at once (default 8)")->check(CLI::Range(1, 1000));
  app.add_option("--per-host", o.http.per_host, "transfers at once to one host (default 2)")->check(CLI::Range(1, 100));
  app.add_option("--delay", delay, "seconds between requests to one host (default 1; robots.txt Crawl-delay may raise it)");
  app.add_option("--timeout", o.http.timeout, "seconds for one transfer (default 30)");
  app.add_option("--connect-timeout", o.http.connect_timeout, "seconds to connect (default 10)");
  app.add_option("--max-bytes", o.http.max_bytes, "largest body accepted (default 16 MiB)");
  app.add_option("--max-redirects", o.http.max_redirects, "redirects followed (default 5)");
  app.add_option("--retries", o.http.retries, "retries for 5xx, 429, timeouts and resets (default 3; never for 4xx)");
  app.add_option("--user-agent", o.http.user_agent, "User-Agent header");
  app.add_option("-H,--header", o.http.headers, "extra request header \"Name: value\" (repeatable)");
  app.add_option("--cookie", o.http.cookies, "cookies sent with every request (\"a=1; b=2\")");
  app.add_option("--state", state, "state database (default: $XDG_DATA_HOME/newsclaims/state.db)");
  app.add_flag("--no-state", no_state, "remember nothing; fetch every URL");
  app.add_flag("--wait", o.wait_for_lock, "wait for another run using the same state instead of exiting");
  app.add_option("--refetch-after", refetch, "fetch known articles again after this long (90s, 30m, 6h, 2d, 1w)");
  app.add_flag("--retry-failed", o.retry_failed, "request URLs that are waiting after failures now");
  app.add_option("--pending-run", o.pending_run,
                 "write state as pending for this run id; it counts once committed (used by `newsclaims run`)");
  app.add_option("--warc", o.warc_path, "also append every response to this WARC archive (.warc or .warc.gz)");
  app.add_flag("--feed", feed, "the inputs are RSS/Atom feeds");
  app.add_flag("--sitemap", sitemap, "the inputs are sitemaps or sitemap indexes");
  app.add_flag("--ignore-robots", no_robots, "do not fetch or obey robots.txt (only for sites you own)");
  app.add_flag("--allow-private", o.http.allow_private, "allow loopback and private addresses (test servers, intranets)");
  app.add_flag("--progress", progress, "show progress on stderr even when it is not a terminal");
  app.add_flag("--no-progress", no_progress, "never show progress");
  app.add_flag("!-q,!--quiet", verbose, "no summary line at the end");
  app.set_version_flag("-V,--version", std::string("newsclaims ") + NEWSCLAIMS_VERSION);
  int rc = ParseArgs(app, argc, argv);
  if (rc >= 0) return rc;
  o.http.host_delay = delay;
  o.http.robots = !no_robots;
  o.mode = feed ? fetch::FetchStageOptions::Mode::kFeed
                : sitemap ? fetch::FetchStageOptions::Mode::kSitemap : fetch::FetchStageOptions::Mode::kAuto;
  if (!refetch.empty()) {
    o.refetch_after = ParseDuration(refetch);
    if (o.refetch_after < 0) {
      std::fprintf(stderr, "newsclaims fetch: --refetch-after: cannot read duration '%s'\n", refetch.c_str());
      return 2;
    }
  }
  o.state_path = no_state ? "" : (state.empty() ? fetch::StateStore::DefaultPath() : state);
  o.progress = !no_progress && (progress || StderrIsTerminal());
  fetch::FetchSummary summary;
  Status s = fetch::RunFetch(o, inputs, stdout, &summary);
  if (!s.ok()) {
    std::fprintf(stderr, "newsclaims fetch: %s\n", s.ToString().c_str());
    return 3;
  }
  if (verbose)
    std::fprintf(stderr,
                 "newsclaims fetch: %zu pages, %zu failed, %zu unchanged, %zu known feed items skipped, "
                 "%zu failing URLs waiting\n",
                 summary.pages, summary.failed, summary.unchanged, summary.feed_items_known, summary.backed_off);
  if (summary.output_failed) return 3;
  return summary.failed ? 1 : 0;
}

}  // namespace newsclaims::cli
