// The fetch stage: URLs (one per line, or JSON lines with "url") and RSS/Atom feeds and
// sitemaps (expanded into their article URLs) to page records with UTF-8 HTML, fetched by
// HttpClient and remembered in the StateStore so a cron run only fetches what is new.
// One output line per input URL (a feed line becomes one line per new article), in input
// order; every failure is an error record with a reason.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "common/status.h"
#include "fetch/http_client.h"

namespace newsclaims::fetch {

struct FetchStageOptions {
  FetchOptions http;
  std::string state_path;       // SQLite state; "" = no state (fetch everything)
  bool wait_for_lock = false;   // wait for another run instead of failing
  std::string pending_run;      // write state rows as pending for this run (newsclaims run)
  double refetch_after = -1;    // seconds after which a fetched article is fetched again
                                // (conditionally); < 0 = never
  enum class Mode { kAuto, kFeed, kSitemap } mode = Mode::kAuto;  // how input URLs are taken
  bool retry_failed = false;    // request URLs that are backing off after failures
  bool progress = false;        // progress line on stderr
  std::string warc_path;        // also append raw responses to this WARC file ("" = none)
};

struct FetchSummary {
  size_t pages = 0, failed = 0, unchanged = 0, feed_items_known = 0;
  size_t backed_off = 0;  // URLs not requested because they keep failing (see StateStore)
  bool output_failed = false;
};

// Reads every input (paths; "-" or empty list = stdin), fetches, and writes records to
// `out`. Fails only for fatal problems (state database locked or unusable).
Status RunFetch(const FetchStageOptions& options, const std::vector<std::string>& inputs, std::FILE* out,
                FetchSummary* summary);

}  // namespace newsclaims::fetch
