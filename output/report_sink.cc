// The report format: one self-contained HTML page (inline CSS, no scripts, no external
// assets) with the run's claims grouped by type and actor, each shown in its sentence with
// the trigger, actor and target highlighted, its source, and a link to the article; then
// the records that failed. All article text is escaped.
#include <algorithm>
#include <map>

#include "output/claim_line.h"
#include "output/sinks.h"

namespace newsclaims::output {
namespace {

const char* kStyle = R"CSS(
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{border-bottom:2px solid #ccc;margin-top:2rem}h3{margin-bottom:.3rem}
.claim{margin:.6rem 0 1rem;padding:.5rem .8rem;border-left:4px solid #999;background:#fafafa}
.ban{border-color:#c0392b}.appeal{border-color:#2471a3}.allegation{border-color:#b9770e}
mark.trigger{background:#f9e79f}mark.actor{background:#d4efdf}mark.target{background:#fadbd8}
.meta{color:#555;font-size:.9em}.badge{display:inline-block;padding:0 .4em;border-radius:.3em;background:#eee;margin-right:.3em}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
)CSS";

struct Mark {
  size_t begin, end;
  const char* cls;
};

// The sentence with the trigger, actor and target words wrapped in <mark>; overlapping
// or missing parts are simply not marked.
std::string Highlight(const std::string& sentence, const Json& c) {
  std::vector<Mark> marks;
  auto add = [&](const Json& v, const char* cls) {
    if (!v.is_string() || v.get<std::string>().empty()) return;
    const std::string& t = v.get_ref<const std::string&>();
    size_t at = sentence.find(t);
    if (at == std::string::npos) return;
    for (const Mark& m : marks)
      if (at < m.end && m.begin < at + t.size()) return;
    marks.push_back({at, at + t.size(), cls});
  };
  add(c["trigger"], "trigger");
  add(c["actor"], "actor");
  add(c["target"], "target");
  std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
  std::string out;
  size_t pos = 0;
  for (const Mark& m : marks) {
    out += HtmlEscape(std::string_view(sentence).substr(pos, m.begin - pos));
    out += std::string("<mark class=\"") + m.cls + "\">" + HtmlEscape(std::string_view(sentence).substr(m.begin, m.end - m.begin)) + "</mark>";
    pos = m.end;
  }
  out += HtmlEscape(std::string_view(sentence).substr(pos));
  return out;
}

std::string Text(const Json& v, const char* fallback = "") {
  return v.is_string() ? v.get<std::string>() : fallback;
}

bool SafeUrl(const std::string& u) { return u.rfind("https://", 0) == 0 || u.rfind("http://", 0) == 0; }

class ReportSink : public Sink {
 public:
  explicit ReportSink(std::FILE* out) : out_(out) {}

  Status Add(const Json& r) override {
    if (!r.is_object()) return Status::OK();
    if (IsSkipRecord(r)) {
      ++skipped_;
      return Status::OK();
    }
    if (IsErrorRecord(r)) {
      failures_.push_back(r);
      return Status::OK();
    }
    ++articles_;
    for (Json& c : ClaimLines(r)) {
      std::string type = Text(c["type"], "other");
      std::string actor = Text(c["actor_name"], "(no actor named)");
      groups_[type][actor].push_back(std::move(c));
      ++claims_;
    }
    return Status::OK();
  }

  Status Finish() override {
    std::string h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>newsclaims report</title><style>";
    h += kStyle;
    h += "</style></head><body>\n<h1>newsclaims report</h1>\n<p class=\"summary\">" + std::to_string(articles_) +
         " articles, " + std::to_string(claims_) + " claims, " + std::to_string(failures_.size()) +
         " failed records, " + std::to_string(skipped_) + " skipped (fetched before or listed twice).</p>\n";
    static const char* kOrder[] = {"ban", "appeal", "allegation"};
    std::vector<std::string> types(std::begin(kOrder), std::end(kOrder));
    for (const auto& [t, _] : groups_)
      if (std::find(types.begin(), types.end(), t) == types.end()) types.push_back(t);
    for (const std::string& type : types) {
      auto g = groups_.find(type);
      if (g == groups_.end()) continue;
      size_t n = 0;
      for (const auto& [a, cs] : g->second) n += cs.size();
      h += "<section class=\"type\" id=\"" + HtmlEscape(type) + "\"><h2>" + HtmlEscape(type) + " (" + std::to_string(n) + ")</h2>\n";
      for (const auto& [actor, claims] : g->second) {
        h += "<h3>" + HtmlEscape(actor) + "</h3>\n";
        for (const Json& c : claims) {
          h += "<div class=\"claim " + HtmlEscape(type) + "\"><p class=\"sentence\">" + Highlight(Text(c["sentence"]), c) + "</p>";
          h += "<p class=\"meta\">";
          if (c["negated"] == true) h += "<span class=\"badge\">negated</span>";
          if (c["hypothetical"] == true) h += "<span class=\"badge\">hypothetical</span>";
          h += "target: <b>" + HtmlEscape(Text(c["target_name"], "-")) + "</b> · source: " +
               HtmlEscape(Text(c["source_type"])) + (c["source_text"].is_string() ? " (" + HtmlEscape(Text(c["source_text"])) + ")" : "") +
               ", " + HtmlEscape(Text(c["quote"])) + " · ";
          std::string title = Text(c["title"], Text(c["article_id"]).c_str());
          std::string url = Text(c["url"]);
          if (SafeUrl(url)) h += "<a href=\"" + HtmlEscape(url) + "\">" + HtmlEscape(title) + "</a>";
          else h += HtmlEscape(title);
          if (c["published"].is_string()) h += " (" + HtmlEscape(Text(c["published"]).substr(0, 10)) + ")";
          h += "</p></div>\n";
        }
      }
      h += "</section>\n";
    }
    if (!failures_.empty()) {
      h += "<section id=\"failed\"><h2>Failed records (" + std::to_string(failures_.size()) +
           ")</h2>\n<table><tr><th>id</th><th>url</th><th>stage</th><th>code</th><th>message</th></tr>\n";
      for (const Json& f : failures_) {
        const Json& e = f["error"];
        h += "<tr><td>" + HtmlEscape(Text(f.value("id", Json()))) + "</td><td>" + HtmlEscape(Text(f.value("url", Json()))) +
             "</td><td>" + HtmlEscape(Text(e.value("stage", Json()))) + "</td><td>" + HtmlEscape(Text(e.value("code", Json()))) +
             "</td><td>" + HtmlEscape(Text(e.value("message", Json()))) + "</td></tr>\n";
      }
      h += "</table></section>\n";
    }
    h += "</body></html>\n";
    if (std::fwrite(h.data(), 1, h.size(), out_) != h.size() || std::fflush(out_) != 0)
      return Status::IOError("writing the report failed");
    return Status::OK();
  }

 private:
  std::FILE* out_;
  size_t articles_ = 0, claims_ = 0, skipped_ = 0;
  std::map<std::string, std::map<std::string, std::vector<Json>>> groups_;
  std::vector<Json> failures_;
};

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::unique_ptr<Sink> MakeReportSink(std::FILE* out) { return std::make_unique<ReportSink>(out); }

}  // namespace newsclaims::output
