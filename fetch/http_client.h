// HttpClient: many HTTP transfers at once over libcurl's multi interface, politely: a
// global and a per-host concurrency limit, a minimum delay between requests to one host
// (raised by robots.txt Crawl-delay), robots.txt fetched once per host and obeyed,
// retries with exponential backoff and jitter for transient failures only, size and time
// limits, http(s) only, and (unless allowed) no connections to private addresses.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/status.h"

namespace newsclaims::fetch {

struct FetchOptions {
  int concurrency = 8;                // transfers at once
  int per_host = 2;                   // transfers at once to one host
  double host_delay = 1.0;            // seconds between request starts to one host
  long connect_timeout = 10;          // seconds
  long timeout = 30;                  // seconds for a whole transfer (stalled servers end here)
  size_t max_bytes = 16u << 20;       // larger (decoded) bodies fail with "too_large"
  long max_redirects = 5;
  int retries = 3;                    // extra attempts for transient failures
  double backoff = 1.0;               // first retry delay in seconds (doubles, with jitter)
  double max_retry_after = 60;        // longest Retry-After honoured
  bool robots = true;                 // fetch and obey robots.txt
  bool allow_private = false;         // allow loopback/private/link-local/metadata addresses
  std::string user_agent = "newsclaims/0.1 (+https://github.com/newsclaims/newsclaims)";
  std::vector<std::string> headers;   // extra "Name: value" request headers
  std::string cookies;                // "a=1; b=2" sent with every request
};

struct HttpRequest {
  size_t tag = 0;                     // caller's handle, returned with the response
  std::string url;
  std::string etag, last_modified;    // validators for a conditional GET
};

struct HttpResponse {
  size_t tag = 0;
  std::string url, final_url;
  long status = 0;
  std::string content_type, etag, last_modified;
  std::string body;                   // decoded (Content-Encoding removed), raw charset
  int attempts = 0;
  Status error;                       // not OK: "dns", "connect", "tls", "timeout", "too_large",
                                      // "redirect_loop", "robots", "blocked_address", "bad_url", "network"
};

class HttpClient {
 public:
  explicit HttpClient(const FetchOptions& options);
  ~HttpClient();
  // Queues a request; may be called from the completion callback (feeds add their items).
  void Add(HttpRequest request);
  // Runs until every queued request has completed, calling `done` once per request.
  void Run(const std::function<void(HttpResponse&&)>& done);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// True for addresses fetch must not reach without --allow-private (loopback, private,
// link-local, carrier-grade NAT, unspecified, and cloud metadata ranges). `family` is
// AF_INET or AF_INET6 and `addr` points at the in_addr / in6_addr.
bool IsPrivateAddress(int family, const void* addr);

}  // namespace newsclaims::fetch
