#include "fetch/fetch_stage.h"

#include <zlib.h>

#include <chrono>
#include <ctime>
#include <deque>
#include <memory>
#include <unordered_set>

#include "common/charset.h"
#include "common/line_reader.h"
#include "common/progress.h"
#include "common/record.h"
#include "common/url.h"
#include "common/utf8.h"
#include "common/warc.h"
#include "fetch/feed_parser.h"
#include "fetch/state_store.h"

namespace newsclaims::fetch {
namespace {

std::string IsoTime(std::time_t t) {
  std::tm tm;
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string IsoNow() { return IsoTime(std::time(nullptr)); }

std::string HashHex(std::string_view body) { return StableId(body).substr(1); }

// Gunzips a .gz sitemap body (bounded); returns the input unchanged when it is not gzip.
std::string MaybeGunzip(const std::string& body, size_t max_bytes) {
  if (body.size() < 2 || static_cast<unsigned char>(body[0]) != 0x1f || static_cast<unsigned char>(body[1]) != 0x8b)
    return body;
  z_stream z{};
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) return body;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
  z.avail_in = static_cast<uInt>(body.size());
  std::string out;
  char buf[65536];
  int rc = Z_OK;
  while (rc == Z_OK && out.size() < max_bytes) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
  }
  inflateEnd(&z);
  if (out.size() > max_bytes) out.resize(max_bytes);
  return out;
}

bool LooksLikeHtml(std::string_view body, const std::string& content_type) {
  std::string ct = AsciiLower(content_type);
  if (ct.find("html") != std::string::npos) return true;
  std::string head = AsciiLower(body.substr(0, 1024));
  return head.find("<html") != std::string::npos || head.find("<!doctype html") != std::string::npos ||
         (ct.empty() && head.find("<body") != std::string::npos);
}

// One input line's place in the output: its records are written when it and every line
// before it are complete.
struct Slot {
  std::vector<std::string> lines;
  std::vector<PageState> states;  // committed to the state store once the lines are written
  std::vector<std::pair<std::string, std::string>> failures;  // (URL key, error code), likewise
  int outstanding = 0;
};

struct Request {
  size_t slot;
  std::string id, url, key;  // key: the normalised URL (state and deduplication)
  bool feed = false;         // expand instead of emitting a page
  int depth = 0;             // sitemap index nesting
  bool from_input = true;
};

class Run {
 public:
  Run(const FetchStageOptions& options, std::FILE* out, FetchSummary* summary)
      : options_(options), out_(out), summary_(summary), client_(options.http), progress_("fetch", options.progress) {}

  Status Go(const std::vector<std::string>& inputs) {
    if (!options_.state_path.empty()) {
      Status s = state_.Open(options_.state_path, StateOptions{options_.wait_for_lock, options_.pending_run});
      if (!s.ok()) return s;
      use_state_ = true;
    }
    if (!options_.warc_path.empty()) {
      Status s = warc_.Open(options_.warc_path);
      if (!s.ok()) return s;
    }
    for (const std::string& path : inputs.empty() ? std::vector<std::string>{"-"} : inputs) ReadInput(path);
    Flush();
    client_.Run([this](HttpResponse&& r) { OnResponse(std::move(r)); });
    Flush();
    progress_.Finish(summary_->pages, summary_->failed);
    return Status::OK();
  }

 private:
  void ReadInput(const std::string& path) {
    LineReader reader;
    Status s = reader.Open(path);
    if (!s.ok()) {
      size_t slot = NewSlot();
      Emit(slot, ErrorRecord(StableId(path), "fetch", s));
      return;
    }
    std::string line;
    bool oversized = false;
    while (reader.Next(&line, 1 << 20, &oversized)) {
      std::string_view v(line);
      while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
      while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r')) v.remove_suffix(1);
      if (v.empty() || v.front() == '#') continue;
      size_t slot = NewSlot();
      if (oversized) {
        Emit(slot, ErrorRecord(SalvageId(line), "fetch", Status::Error("oversized_record", "input line too long")));
        continue;
      }
      std::string url, id;
      bool feed = options_.mode != FetchStageOptions::Mode::kAuto;
      if (v.front() == '{') {
        Json rec;
        Status ps = ParseRecord(v, RecordLimits(), &rec);
        if (!ps.ok()) {
          Emit(slot, ErrorRecord(SalvageId(v), "fetch", ps));
          continue;
        }
        if (IsErrorRecord(rec)) {
          Emit(slot, rec);
          continue;
        }
        url = GetString(rec, "url").value_or("");
        id = GetString(rec, "id").value_or("");
        if (auto kind = GetString(rec, "kind")) feed = *kind == "feed" || *kind == "sitemap";
        if (url.empty()) {
          Emit(slot, ErrorRecord(RecordId(rec, v), "fetch", Status::Error("missing_field", "record has no \"url\"")));
          continue;
        }
      } else {
        url = std::string(v);
      }
      Queue(slot, id, url, feed, 0, true);
    }
  }

  size_t NewSlot() {
    slots_.emplace_back();
    slots_.back().outstanding = 1;
    return first_slot_ + slots_.size() - 1;
  }

  Slot& SlotAt(size_t i) { return slots_[i - first_slot_]; }

  void Emit(size_t slot, const Json& record) {
    SlotAt(slot).lines.push_back(DumpRecord(record));
    bool error = IsErrorRecord(record);
    std::string code = error ? record["error"].value("code", "") : "";
    if (code == "unchanged") ++summary_->unchanged;
    else if (code == "backoff") ++summary_->backed_off;  // skipped work, reported before
    else if (error) ++summary_->failed;
    else ++summary_->pages;
    Done(slot);
  }

  void Done(size_t slot) {
    --SlotAt(slot).outstanding;
    Flush();
  }

  void Flush() {
    while (!slots_.empty() && slots_.front().outstanding <= 0) {
      for (const std::string& l : slots_.front().lines) {
        if (std::fwrite(l.data(), 1, l.size(), out_) != l.size() || std::fputc('\n', out_) == EOF)
          summary_->output_failed = true;
      }
      // Remember a page only after its record is out: a killed run refetches what it had
      // not yet written, and never skips a page nobody received.
      const Slot& done = slots_.front();
      if (!done.states.empty() || !done.failures.empty()) {
        std::fflush(out_);
        for (const PageState& st : done.states) {
          state_.Put(st);
          state_.ClearFailure(st.url);
        }
        for (const auto& [url, code] : done.failures) state_.PutFailure(url, code, std::time(nullptr));
      }
      slots_.pop_front();
      ++first_slot_;
    }
    std::fflush(out_);
    progress_.Update(summary_->pages, summary_->failed);
  }

  void Queue(size_t slot, std::string id, const std::string& raw, bool feed, int depth, bool from_input) {
    std::string scheme = UrlScheme(raw);
    if (scheme != "http" && scheme != "https") {
      Json input = {{"url", raw}};
      if (from_input)
        Emit(slot, ErrorRecord(id.empty() ? StableId(raw) : id, "fetch",
                               Status::Error("bad_url", "only http and https URLs are fetched: " + raw), &input));
      else
        Done(slot);
      return;
    }
    std::string key = UrlKey(raw);
    if (id.empty()) id = StableId(key);
    Json input = {{"url", raw}};
    if (!seen_.insert(key).second) {
      if (from_input) Emit(slot, ErrorRecord(id, "fetch", Status::Error("duplicate", "URL already in this run"), &input));
      else Done(slot);
      return;
    }
    HttpRequest req;
    req.url = key;
    if (use_state_ && !options_.retry_failed) {
      // A URL that keeps failing waits longer after each failure (StateStore::RetryDelay).
      std::time_t now = std::time(nullptr);
      if (auto f = state_.GetFailure(key); f && f->retry_at > now) {
        if (from_input) {
          Emit(slot, ErrorRecord(id, "fetch",
                                 Status::Error("backoff", "failed " + std::to_string(f->count) + " times in a row (last: " +
                                                              f->code + "); next try after " + IsoTime(f->retry_at) +
                                                              "; --retry-failed tries now"),
                                 &input));
        } else {
          ++summary_->backed_off;
          Done(slot);
        }
        return;
      }
    }
    if (use_state_) {
      if (auto st = state_.Get(key)) {
        double age = static_cast<double>(std::time(nullptr) - st->fetched_at);
        bool fresh = options_.refetch_after < 0 || age < options_.refetch_after;
        feed = feed || st->feed;
        if (!feed && fresh && st->status >= 200 && st->status < 400) {
          if (from_input) {
            Emit(slot, ErrorRecord(id, "fetch",
                                   Status::Error("unchanged", "fetched before; --refetch-after fetches it again"),
                                   &input));
          } else {
            ++summary_->feed_items_known;
            Done(slot);
          }
          return;
        }
        req.etag = st->etag;  // conditional GET for feeds and stale articles
        req.last_modified = st->last_modified;
      }
    }
    req.tag = requests_.size();
    requests_.push_back({slot, id, raw, key, feed, depth, from_input});
    client_.Add(std::move(req));
  }

  void OnResponse(HttpResponse&& r) {
    const Request rq = requests_[r.tag];
    Json input = {{"url", rq.url}};
    auto fail = [&](Status s) {
      // Remembered so later runs back off (a 304 is not a failure; a duplicate never got here).
      if (use_state_ && s.code() != "not_modified") SlotAt(rq.slot).failures.emplace_back(rq.key, s.code());
      Json e = ErrorRecord(rq.id, "fetch", s, &input);
      if (!r.final_url.empty() && r.final_url != rq.key) e["final_url"] = r.final_url;
      if (r.status) e["status"] = r.status;
      Emit(rq.slot, e);
    };
    if (!r.error.ok()) return fail(r.error);
    if (r.status == 304) {
      if (rq.feed) return Done(rq.slot);  // the feed has nothing new
      return fail(Status::Error("not_modified", "the server says the page has not changed (304)"));
    }
    if (!options_.warc_path.empty()) warc_.WriteResponse({r.final_url, IsoNow(), static_cast<int>(r.status), r.content_type, r.body});
    if (r.status < 200 || r.status >= 300) return fail(Status::Error("http_status", "HTTP " + std::to_string(r.status)));
    std::string body = r.body;
    bool is_feed = rq.feed || LooksLikeFeed(body, r.content_type) ||
                   (body.size() > 2 && static_cast<unsigned char>(body[0]) == 0x1f);
    if (is_feed) {
      body = MaybeGunzip(body, options_.http.max_bytes);
      Feed feed;
      Status s = ParseFeed(body, r.final_url, &feed);
      if (s.ok() && feed.kind != FeedKind::kNotAFeed) {
        Remember(rq, r, true);
        return Expand(rq, feed);
      }
      if (rq.feed) return fail(s.ok() ? Status::Error("invalid_feed", "not an RSS, Atom or sitemap document") : s);
    }
    if (!LooksLikeHtml(body, r.content_type))
      return fail(Status::Error("not_html", "content type \"" + r.content_type + "\" is not HTML"));
    Remember(rq, r, false);
    DecodedText text = DecodeToUtf8(body, CharsetFromContentType(r.content_type));
    Json page = {{"id", rq.id},
                 {"url", rq.url},
                 {"final_url", r.final_url},
                 {"status", r.status},
                 {"fetched_at", IsoNow()},
                 {"content_type", r.content_type},
                 {"charset", text.charset}};
    if (!r.etag.empty()) page["etag"] = r.etag;
    if (!r.last_modified.empty()) page["last_modified"] = r.last_modified;
    page["html"] = std::move(text.utf8);
    Emit(rq.slot, page);
  }

  void Expand(const Request& rq, const Feed& feed) {
    Slot& slot = SlotAt(rq.slot);
    slot.outstanding += static_cast<int>(feed.entries.size());
    bool index = feed.kind == FeedKind::kSitemapIndex;
    for (const FeedEntry& e : feed.entries) {
      if (index && rq.depth >= 2) {
        Done(rq.slot);
        continue;
      }
      Queue(rq.slot, "", e.url, index, rq.depth + 1, false);
    }
    Done(rq.slot);  // the feed itself
  }

  void Remember(const Request& rq, const HttpResponse& r, bool feed) {
    if (!use_state_) return;
    PageState st;
    st.url = rq.key;
    st.final_url = r.final_url;
    st.status = static_cast<int>(r.status);
    st.fetched_at = std::time(nullptr);
    st.etag = r.etag;
    st.last_modified = r.last_modified;
    st.content_hash = HashHex(r.body);
    st.feed = feed;
    SlotAt(rq.slot).states.push_back(std::move(st));
  }

  const FetchStageOptions& options_;
  std::FILE* out_;
  FetchSummary* summary_;
  HttpClient client_;
  Progress progress_;
  StateStore state_;
  WarcWriter warc_;
  bool use_state_ = false;
  std::deque<Slot> slots_;
  size_t first_slot_ = 0;
  std::vector<Request> requests_;
  std::unordered_set<std::string> seen_;
};

}  // namespace

Status RunFetch(const FetchStageOptions& options, const std::vector<std::string>& inputs, std::FILE* out,
                FetchSummary* summary) {
  Run run(options, out, summary);
  return run.Go(inputs);
}

}  // namespace newsclaims::fetch
