// Page record -> article record; tested by parse_stage_test.cc and tests/golden.
#include "parse/parse_stage.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <cstring>

#include "common/charset.h"
#include "common/url.h"
#include "common/utf8.h"
#include "common/warc.h"
#include "parse/content_extractor.h"
#include "parse/date_extractor.h"
#include "parse/html_document.h"
#include "parse/metadata_extractor.h"
#include "parse/page_meta.h"

namespace newsclaims::parse {
namespace {

constexpr const char* kStage = "parse";

long Today() {
  auto now = std::chrono::system_clock::now();
  return static_cast<long>(std::chrono::duration_cast<std::chrono::hours>(now.time_since_epoch()).count() / 24) + 1;
}

// Binary junk: NUL bytes or many control characters in the first kilobytes.
bool LooksBinary(std::string_view html) {
  std::string_view head = html.substr(0, 4096);
  size_t control = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control > head.size() / 20;
}

Json NullOr(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

void CopyFetchFields(const Json& page, Json& article) {
  for (const char* key : {"final_url", "fetched_at", "status", "content_type", "charset", "source"}) {
    auto it = page.find(key);
    if (it != page.end()) article[key] = *it;
  }
}

Json EmptyArticle(const Json& page, const std::string& id, const std::string& url) {
  Json a = Json::object();
  a["id"] = id;
  a["url"] = NullOr(url);
  a["canonical_url"] = NullOr(url);
  a["title"] = nullptr;
  a["authors"] = Json::array();
  a["published"] = nullptr;
  a["modified"] = nullptr;
  a["site_name"] = nullptr;
  a["language"] = nullptr;
  a["description"] = nullptr;
  a["text"] = "";
  a["paragraphs"] = Json::array();
  CopyFetchFields(page, a);
  return a;
}

}  // namespace

size_t EstimateNestingDepth(std::string_view html) {
  // Elements that are empty or that close themselves implicitly do not nest.
  static const char* kFlat[] = {"br", "img", "meta", "link", "input", "hr", "wbr", "source", "area", "base", "col",
                                "embed", "param", "track", "p", "li", "dt", "dd", "option", "tr", "td", "th", "!", "?"};
  size_t depth = 0, deepest = 0;
  for (size_t i = 0; i + 1 < html.size(); ++i) {
    if (html[i] != '<') continue;
    char c = html[i + 1];
    if (c == '/') {
      if (depth) --depth;
      continue;
    }
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;
    size_t end = i + 1;
    while (end < html.size() && end - i < 12 && std::isalnum(static_cast<unsigned char>(html[end]))) ++end;
    std::string name = AsciiLower(html.substr(i + 1, end - i - 1));
    bool flat = false;
    for (const char* f : kFlat) flat |= name == f;
    if (name == "script" || name == "style") {  // skip raw text
      size_t close = html.find("</", end);
      if (close == std::string_view::npos) break;
      i = close - 1;
      continue;
    }
    if (flat) continue;
    size_t gt = html.find('>', end);
    if (gt != std::string_view::npos && gt > 0 && html[gt - 1] == '/') continue;  // <x/>
    deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

Json ParsePage(Json& page, const std::string& id, const ParseOptions& options, const RecordContext& ctx) {
  auto html_it = page.find("html");
  if (html_it == page.end()) {
    if (page.contains("text")) return page;  // already an article record: pass through
    return ErrorRecord(id, kStage, Status::Error("missing_field", "page record has no \"html\" field"), &page);
  }
  if (!html_it->is_string()) {
    return ErrorRecord(id, kStage, Status::Error("invalid_field", std::string("\"html\" must be a string, got ") +
                                                                     html_it->type_name()), &page);
  }
  auto url_it = page.find("url");
  if (url_it != page.end() && !url_it->is_string() && !url_it->is_null()) {
    return ErrorRecord(id, kStage, Status::Error("invalid_field", std::string("\"url\" must be a string, got ") +
                                                                     url_it->type_name()), &page);
  }
  std::string url = GetString(page, "url").value_or("");
  const std::string& html = html_it->get_ref<const std::string&>();
  if (html.size() > options.max_html_bytes) {
    return ErrorRecord(id, kStage, Status::Error("too_large", "html is " + std::to_string(html.size()) +
                                                                 " bytes, over the limit of " +
                                                                 std::to_string(options.max_html_bytes)), &page);
  }
  Json article = EmptyArticle(page, id, url);
  if (html.find_first_not_of(" \t\r\n") == std::string::npos) {
    article["reason"] = "empty_page";
    return article;
  }
  if (LooksBinary(html)) {
    article["reason"] = "not_html";
    return article;
  }
  // gumbo's tree building is quadratic in nesting depth (100,000 nested <div>s take half a
  // minute) and cannot be interrupted, so absurd nesting is refused before parsing.
  if (size_t depth = EstimateNestingDepth(html); depth > options.max_depth) {
    return ErrorRecord(id, kStage, Status::Error("too_complex", "elements nested about " + std::to_string(depth) +
                                                                   " deep, over the limit of " +
                                                                   std::to_string(options.max_depth)), &page);
  }
  HtmlDocument doc(html);
  if (doc.node_count() > options.max_nodes) {
    return ErrorRecord(id, kStage, Status::Error("too_complex", "page has " + std::to_string(doc.node_count()) +
                                                                   " DOM nodes, over the limit of " +
                                                                   std::to_string(options.max_nodes)), &page);
  }
  PageMeta meta = CollectPageMeta(doc);
  ArticleMetadata md = ExtractMetadata(doc, meta, url);
  PageDates dates = ExtractDates(doc, meta, url, options.today ? options.today : Today());
  ContentOptions copts;
  copts.min_body_chars = options.min_body_chars;
  copts.title = md.title;
  ExtractedContent content = ExtractContent(doc, copts, &ctx);
  if (content.timed_out || ctx.Expired()) {
    return ErrorRecord(id, kStage, Status::Error("timeout", "page took longer than the per-record time limit"), &page);
  }

  article["canonical_url"] = NullOr(md.canonical_url);
  article["title"] = NullOr(md.title);
  article["authors"] = md.authors;
  article["published"] = dates.published ? Json(dates.published->ToIso()) : Json(nullptr);
  article["modified"] = dates.modified ? Json(dates.modified->ToIso()) : Json(nullptr);
  if (dates.published) article["published_source"] = dates.published_from;
  article["site_name"] = NullOr(md.site_name);
  article["language"] = NullOr(md.language);
  article["description"] = NullOr(md.description);

  std::string text;
  Json paragraphs = Json::array();
  size_t cp = 0;
  for (const std::string& p : content.paragraphs) {
    if (!text.empty()) {
      text += "\n\n";
      cp += 2;
    }
    size_t len = CodePointCount(p);
    paragraphs.push_back({{"start", cp}, {"end", cp + len}});
    text += p;
    cp += len;
  }
  article["text"] = std::move(text);
  article["paragraphs"] = std::move(paragraphs);
  if (!content.reason.empty()) article["reason"] = content.reason;
  return article;
}

bool IsHtmlFilePath(const std::string& path) {
  auto ends = [&](const char* suffix) {
    size_t n = std::strlen(suffix);
    return path.size() >= n && path.compare(path.size() - n, n, suffix) == 0;
  };
  return ends(".html") || ends(".htm") || ends(".html.gz") || ends(".htm.gz") || ends(".xhtml");
}

namespace {

// Yields one page record built from a raw HTML file.
class HtmlFileSource : public RecordSource {
 public:
  HtmlFileSource(std::string path, size_t max_bytes) : path_(std::move(path)), max_bytes_(max_bytes) {}

  bool Next(WorkItem* item) override {
    if (done_) return false;
    done_ = true;
    *item = WorkItem();
    item->origin = path_;
    std::string bytes;
    Status s = ReadAll(&bytes);
    if (!s.ok()) {
      item->error = s;
      return true;
    }
    DecodedText decoded = DecodeToUtf8(bytes);
    Json page = Json::object();
    page["id"] = FileId();
    char resolved[PATH_MAX];
    page["url"] = std::string("file://") + (realpath(path_.c_str(), resolved) ? resolved : path_.c_str());
    page["charset"] = decoded.charset;
    page["html"] = std::move(decoded.utf8);
    item->record = std::move(page);
    return true;
  }

 private:
  Status ReadAll(std::string* out) {
    gzFile f = gzopen(path_.c_str(), "rb");
    if (!f) return Status::IOError("cannot open " + path_ + ": " + std::strerror(errno));
    char buf[1 << 16];
    int n;
    while ((n = gzread(f, buf, sizeof buf)) > 0) {
      out->append(buf, static_cast<size_t>(n));
      if (out->size() > max_bytes_) {
        gzclose(f);
        return Status::Error("too_large", path_ + " is larger than the limit of " + std::to_string(max_bytes_) + " bytes");
      }
    }
    gzclose(f);
    if (n < 0) return Status::IOError("reading " + path_ + " failed");
    return Status::OK();
  }

  std::string FileId() const {
    std::string name = path_.substr(path_.find_last_of('/') + 1);
    for (const char* ext : {".gz", ".html", ".htm", ".xhtml"}) {
      size_t n = std::strlen(ext);
      if (name.size() > n && name.compare(name.size() - n, n, ext) == 0) name.resize(name.size() - n);
    }
    return name;
  }

  std::string path_;
  size_t max_bytes_;
  bool done_ = false;
};

}  // namespace

// Every HTML response in a WARC archive becomes a page record; other records are skipped.
class WarcSource : public RecordSource {
 public:
  WarcSource(std::string path, size_t max_bytes) : path_(std::move(path)), max_bytes_(max_bytes) {
    open_ = reader_.Open(path_);
  }

  bool Next(WorkItem* item) override {
    *item = WorkItem();
    item->origin = path_;
    if (!open_.ok()) {
      if (reported_) return false;
      reported_ = true;
      item->error = open_;
      return true;
    }
    WarcResponse r;
    Status s;
    while (reader_.Next(&r, max_bytes_, &s)) {
      std::string ct = AsciiLower(r.content_type);
      if (ct.find("html") == std::string::npos || r.status < 200 || r.status >= 300) continue;
      DecodedText decoded = DecodeToUtf8(r.body, CharsetFromContentType(r.content_type));
      Json page = {{"id", StableId(UrlKey(r.target_uri))},
                   {"url", r.target_uri},
                   {"status", r.status},
                   {"fetched_at", r.date},
                   {"content_type", r.content_type},
                   {"charset", decoded.charset},
                   {"html", std::move(decoded.utf8)}};
      item->record = std::move(page);
      return true;
    }
    if (!s.ok() && !reported_) {
      reported_ = true;
      item->error = s;
      return true;
    }
    return false;
  }

 private:
  std::string path_;
  size_t max_bytes_;
  WarcReader reader_;
  Status open_;
  bool reported_ = false;
};

std::unique_ptr<RecordSource> MakeWarcSource(const std::string& path, size_t max_bytes) {
  return std::make_unique<WarcSource>(path, max_bytes);
}

std::unique_ptr<RecordSource> MakeHtmlFileSource(const std::string& path, size_t max_bytes) {
  return std::make_unique<HtmlFileSource>(path, max_bytes);
}

}  // namespace newsclaims::parse
