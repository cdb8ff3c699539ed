#include "fetch/http_client.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <ctime>
#include <list>
#include <map>
#include <random>
#include <unordered_map>

#include "common/url.h"
#include "common/utf8.h"
#include "fetch/robots.h"

namespace newsclaims::fetch {
namespace {

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// scheme://host:port of a URL: the unit of politeness and of robots.txt.
std::string Origin(const std::string& url, std::string* path) {
  std::string out;
  CURLU* h = curl_url();
  if (curl_url_set(h, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK) {
    char *scheme = nullptr, *host = nullptr, *port = nullptr, *p = nullptr, *q = nullptr;
    curl_url_get(h, CURLUPART_SCHEME, &scheme, 0);
    curl_url_get(h, CURLUPART_HOST, &host, 0);
    curl_url_get(h, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT);
    curl_url_get(h, CURLUPART_PATH, &p, 0);
    curl_url_get(h, CURLUPART_QUERY, &q, 0);
    if (scheme && host) out = AsciiLower(scheme) + "://" + AsciiLower(host) + ":" + (port ? port : "");
    if (path) *path = std::string(p ? p : "/") + (q ? std::string("?") + q : "");
    curl_free(scheme);
    curl_free(host);
    curl_free(port);
    curl_free(p);
    curl_free(q);
  }
  curl_url_cleanup(h);
  return out;
}

// Seconds from a Retry-After value (delta seconds or an HTTP date); -1 when absent.
double RetryAfterSeconds(const std::string& v) {
  if (v.empty()) return -1;
  char* end = nullptr;
  double s = std::strtod(v.c_str(), &end);
  if (end && *end == '\0') return s;
  time_t t = curl_getdate(v.c_str(), nullptr);
  return t > 0 ? std::difftime(t, std::time(nullptr)) : -1;
}

struct Pending {
  HttpRequest req;
  int attempt = 0;
  double not_before = 0;
  bool robots = false;  // this is the robots.txt request of an origin
  std::string origin, path;
};

struct Transfer {
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  Pending p;
  std::string body;
  std::string etag, last_modified, retry_after;
  size_t max_bytes = 0;
  bool too_large = false;
  bool blocked = false;
  bool allow_private = false;
};

size_t OnBody(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t bytes = size * n;
  if (t->body.size() + bytes > t->max_bytes) {
    t->too_large = true;
    return 0;  // aborts the transfer (also stops gzip bombs: the decoded size is counted)
  }
  t->body.append(data, bytes);
  return bytes;
}

size_t OnHeader(char* data, size_t size, size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::string_view line(data, size * n);
  if (line.starts_with("HTTP/")) {  // a new response (after a redirect): forget the old headers
    t->etag.clear();
    t->last_modified.clear();
    t->retry_after.clear();
  }
  size_t colon = line.find(':');
  if (colon != std::string_view::npos) {
    std::string name = AsciiLower(line.substr(0, colon));
    std::string_view value = TrimAsciiSpace(line.substr(colon + 1));
    if (name == "etag") t->etag = value;
    else if (name == "last-modified") t->last_modified = value;
    else if (name == "retry-after") t->retry_after = value;
  }
  return size * n;
}

curl_socket_t OnOpenSocket(void* user, curlsocktype purpose, curl_sockaddr* address) {
  auto* t = static_cast<Transfer*>(user);
  if (!t->allow_private && purpose == CURLSOCKTYPE_IPCXN) {
    const void* addr = nullptr;
    if (address->family == AF_INET) addr = &reinterpret_cast<sockaddr_in*>(&address->addr)->sin_addr;
    if (address->family == AF_INET6) addr = &reinterpret_cast<sockaddr_in6*>(&address->addr)->sin6_addr;
    if (addr && IsPrivateAddress(address->family, addr)) {
      t->blocked = true;
      return CURL_SOCKET_BAD;
    }
  }
  return socket(address->family, address->socktype, address->protocol);
}

Status ErrorFor(CURLcode code, const Transfer& t, const char* detail) {
  std::string msg = std::string(curl_easy_strerror(code)) + (detail && *detail ? std::string(": ") + detail : "");
  if (t.blocked) return Status::Error("blocked_address", "refused to connect to a private or local address (--allow-private allows it)");
  if (t.too_large) return Status::Error("too_large", "body larger than the limit of " + std::to_string(t.max_bytes) + " bytes");
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST: return Status::Error("dns", msg);
    case CURLE_COULDNT_CONNECT: return Status::Error("connect", msg);
    case CURLE_OPERATION_TIMEDOUT: return Status::Error("timeout", msg);
    case CURLE_TOO_MANY_REDIRECTS: return Status::Error("redirect_loop", msg);
    case CURLE_FILESIZE_EXCEEDED: return Status::Error("too_large", msg);
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT: return Status::Error("bad_url", msg);
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE: return Status::Error("tls", msg);
    default: return Status::Error("network", msg);
  }
}

bool Transient(CURLcode code, long status) {
  if (code == CURLE_OK) return status == 429 || (status >= 500 && status != 501);
  return code == CURLE_OPERATION_TIMEDOUT || code == CURLE_COULDNT_CONNECT || code == CURLE_RECV_ERROR ||
         code == CURLE_SEND_ERROR || code == CURLE_GOT_NOTHING || code == CURLE_PARTIAL_FILE ||
         code == CURLE_HTTP2 || code == CURLE_HTTP2_STREAM;
}

struct Origin_ {
  int active = 0;
  double next_start = 0;
  enum { kUnknown, kFetching, kReady } robots = kUnknown;
  RobotsRules rules = RobotsRules::AllowAll();
};

}  // namespace

bool IsPrivateAddress(int family, const void* addr) {
  if (family == AF_INET) {
    uint32_t a = ntohl(static_cast<const in_addr*>(addr)->s_addr);
    auto in = [&](uint32_t net, int bits) { return (a >> (32 - bits)) == (net >> (32 - bits)); };
    return in(0x00000000, 8) || in(0x0A000000, 8) || in(0x7F000000, 8) || in(0xA9FE0000, 16) ||
           in(0xAC100000, 12) || in(0xC0A80000, 16) || in(0x64400000, 10) || in(0xC0000000, 24) ||
           a == 0xFFFFFFFF;
  }
  if (family == AF_INET6) {
    const auto* b = static_cast<const in6_addr*>(addr)->s6_addr;
    static const uint8_t kZero[16] = {};
    if (std::memcmp(b, kZero, 15) == 0 && (b[15] == 0 || b[15] == 1)) return true;  // :: and ::1
    if ((b[0] & 0xFE) == 0xFC) return true;                                          // fc00::/7
    if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return true;                          // fe80::/10
    static const uint8_t kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
    if (std::memcmp(b, kMapped, 12) == 0) {
      in_addr v4;
      std::memcpy(&v4, b + 12, 4);
      return IsPrivateAddress(AF_INET, &v4);
    }
    // fd00:ec2::254 (AWS metadata over IPv6) is inside fc00::/7 above.
  }
  return false;
}

struct HttpClient::Impl {
  FetchOptions options;
  CURLM* multi = nullptr;
  std::list<Pending> pending;
  std::unordered_map<std::string, Origin_> origins;
  std::map<CURL*, std::unique_ptr<Transfer>> active;
  std::mt19937 rng{12345};
  const std::function<void(HttpResponse&&)>* done = nullptr;

  void Start(Pending p) {
    auto t = std::make_unique<Transfer>();
    t->p = std::move(p);
    t->max_bytes = t->p.robots ? (512u << 10) : options.max_bytes;
    t->allow_private = options.allow_private;
    CURL* e = curl_easy_init();
    t->easy = e;
    curl_easy_setopt(e, CURLOPT_URL, t->p.req.url.c_str());
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, options.max_redirects);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, options.connect_timeout);
    curl_easy_setopt(e, CURLOPT_TIMEOUT, options.timeout);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_2TLS);
    curl_easy_setopt(e, CURLOPT_USERAGENT, options.user_agent.c_str());
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(t->max_bytes));
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, OnBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, OnHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, OnOpenSocket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, t.get());
    if (!options.cookies.empty()) curl_easy_setopt(e, CURLOPT_COOKIE, options.cookies.c_str());
    for (const auto& h : options.headers) t->headers = curl_slist_append(t->headers, h.c_str());
    if (!t->p.req.etag.empty()) t->headers = curl_slist_append(t->headers, ("If-None-Match: " + t->p.req.etag).c_str());
    if (!t->p.req.last_modified.empty())
      t->headers = curl_slist_append(t->headers, ("If-Modified-Since: " + t->p.req.last_modified).c_str());
    if (t->headers) curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
    ++t->p.attempt;
    curl_multi_add_handle(multi, e);
    active[e] = std::move(t);
  }

  void Deliver(HttpResponse&& r) { (*done)(std::move(r)); }

  void Finish(CURL* e, CURLcode code) {
    std::unique_ptr<Transfer> t = std::move(active[e]);
    active.erase(e);
    curl_multi_remove_handle(multi, e);
    long status = 0;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    char* ct = nullptr;
    char* eff = nullptr;
    curl_easy_getinfo(e, CURLINFO_CONTENT_TYPE, &ct);
    curl_easy_getinfo(e, CURLINFO_EFFECTIVE_URL, &eff);
    std::string content_type = ct ? ct : "", final_url = eff ? eff : t->p.req.url;
    curl_slist_free_all(t->headers);  // the handle is done with; the Transfer keeps the data
    curl_easy_cleanup(e);
    Origin_& o = origins[t->p.origin];
    --o.active;
    if (t->p.robots) {
      if (code == CURLE_OK && status >= 200 && status < 300) o.rules = RobotsRules::Parse(t->body, "newsclaims");
      else if (code == CURLE_OK && status >= 500) o.rules = RobotsRules::DisallowAll();
      else o.rules = RobotsRules::AllowAll();
      o.robots = Origin_::kReady;
    } else {
      bool transient = Transient(code, status) && !t->too_large && !t->blocked;
      if (transient && t->p.attempt <= options.retries) {
        double delay = options.backoff * std::pow(2.0, t->p.attempt - 1) *
                       std::uniform_real_distribution<double>(0.5, 1.5)(rng);
        double ra = RetryAfterSeconds(t->retry_after);
        if (ra >= 0) delay = std::min(ra, options.max_retry_after);
        Pending again = std::move(t->p);
        again.not_before = Now() + delay;
        pending.push_back(std::move(again));
      } else {
        HttpResponse r;
        r.tag = t->p.req.tag;
        r.url = t->p.req.url;
        r.final_url = final_url;
        r.status = status;
        r.content_type = content_type;
        r.etag = t->etag;
        r.last_modified = t->last_modified;
        r.attempts = t->p.attempt;
        if (code != CURLE_OK) r.error = ErrorFor(code, *t, nullptr);
        else r.body = std::move(t->body);
        Deliver(std::move(r));
      }
    }
  }

  // Answers a pending request with an error without fetching it; returns the next one.
  std::list<Pending>::iterator Refuse(std::list<Pending>::iterator it, Status why) {
    HttpResponse r;
    r.tag = it->req.tag;
    r.url = r.final_url = it->req.url;
    r.error = std::move(why);
    it = pending.erase(it);
    Deliver(std::move(r));
    return it;
  }

  // Starts what politeness allows; returns seconds until something else may start.
  double Schedule() {
    double now = Now(), wait = 0.5;
    for (auto it = pending.begin(); it != pending.end() && static_cast<int>(active.size()) < options.concurrency;) {
      Pending& p = *it;
      if (p.origin.empty()) {
        it = Refuse(it, Status::Error("bad_url", "not an absolute http(s) URL"));
        continue;
      }
      if (p.not_before > now) {
        wait = std::min(wait, p.not_before - now);
        ++it;
        continue;
      }
      Origin_& o = origins[p.origin];
      if (options.robots && !p.robots && o.robots != Origin_::kReady) {
        if (o.robots == Origin_::kUnknown) {
          o.robots = Origin_::kFetching;
          Pending r;
          r.robots = true;
          r.origin = p.origin;
          r.req.url = p.origin + "/robots.txt";
          pending.push_front(std::move(r));
          it = pending.begin();
        } else {
          ++it;
        }
        continue;
      }
      if (!p.robots && options.robots && !o.rules.Allowed(p.path)) {
        it = Refuse(it, Status::Error("robots", "disallowed by robots.txt"));
        continue;
      }
      double delay = std::max(options.host_delay, o.rules.crawl_delay());
      if (o.active >= options.per_host || now < o.next_start) {
        if (now < o.next_start) wait = std::min(wait, o.next_start - now);
        ++it;
        continue;
      }
      ++o.active;
      o.next_start = now + (p.robots ? 0 : delay);
      Pending started = std::move(p);
      it = pending.erase(it);
      Start(std::move(started));
    }
    return std::max(wait, 0.0);
  }
};

HttpClient::HttpClient(const FetchOptions& options) : impl_(std::make_unique<Impl>()) {
  static const bool init = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
  (void)init;
  impl_->options = options;
  impl_->multi = curl_multi_init();
}

HttpClient::~HttpClient() {
  for (auto& [e, t] : impl_->active) {
    curl_multi_remove_handle(impl_->multi, e);
    curl_slist_free_all(t->headers);
    curl_easy_cleanup(e);
  }
  curl_multi_cleanup(impl_->multi);
}

void HttpClient::Add(HttpRequest request) {
  Pending p;
  p.origin = Origin(request.url, &p.path);  // empty for unusable URLs: Schedule reports them
  p.req = std::move(request);
  impl_->pending.push_back(std::move(p));
}

void HttpClient::Run(const std::function<void(HttpResponse&&)>& done) {
  impl_->done = &done;
  while (!impl_->pending.empty() || !impl_->active.empty()) {
    double wait = impl_->Schedule();
    int running = 0;
    curl_multi_perform(impl_->multi, &running);
    int left = 0;
    while (CURLMsg* m = curl_multi_info_read(impl_->multi, &left))
      if (m->msg == CURLMSG_DONE) impl_->Finish(m->easy_handle, m->data.result);
    if (impl_->active.empty() && impl_->pending.empty()) break;
    int ms = static_cast<int>(std::min(wait, 0.1) * 1000) + 1;
    curl_multi_poll(impl_->multi, nullptr, 0, ms, nullptr);
  }
  impl_->done = nullptr;
}

}  // namespace newsclaims::fetch
