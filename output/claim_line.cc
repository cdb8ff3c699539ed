#include "output/claim_line.h"

#include "common/utf8.h"
#include "output/sinks.h"

namespace newsclaims::output {
namespace {

std::string Str(const Json& j, const char* key) {
  if (!j.is_object()) return "";
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

}  // namespace

bool IsSkipRecord(const Json& r) {
  if (!IsErrorRecord(r)) return false;
  std::string code = Str(r["error"], "code");
  return code == "unchanged" || code == "not_modified" || code == "duplicate" || code == "backoff";
}

const std::vector<std::string>& ClaimColumns() {
  static const std::vector<std::string> kColumns = {
      "claim_id", "type", "trigger", "actor", "actor_name", "target", "target_name", "content", "negated",
      "hypothetical", "source_type", "source_text", "quote", "sentence", "article_id", "url", "title", "site",
      "published"};
  return kColumns;
}

// The text of `sentence` ({start,end} code points) in `text`, or empty.
static std::string SentenceText(const std::string& text, const CodePointIndex& idx, const Json& sentence) {
  if (!sentence.is_object() || !sentence.contains("start") || !sentence.contains("end")) return "";
  size_t a = sentence["start"].get<size_t>(), b = sentence["end"].get<size_t>();
  if (a > b || b > idx.size()) return "";
  size_t ba = idx.ToByte(a), bb = idx.ToByte(b);
  return text.substr(ba, bb - ba);
}

std::vector<Json> ClaimLines(const Json& r) {
  std::vector<Json> out;
  if (!r.is_object() || IsErrorRecord(r)) return out;
  auto claims = r.find("claims");
  if (claims == r.end() || !claims->is_array()) return out;
  std::string text = Str(r, "text");
  CodePointIndex idx(text);  // once per article, not per claim
  for (const Json& c : *claims) {
    if (!c.is_object()) continue;
    const Json empty = Json::object();
    const Json& actor = c.contains("actor") && c["actor"].is_object() ? c["actor"] : empty;
    const Json& target = c.contains("target") && c["target"].is_object() ? c["target"] : empty;
    const Json& source = c.contains("source") && c["source"].is_object() ? c["source"] : empty;
    const Json& trigger = c.contains("trigger") && c["trigger"].is_object() ? c["trigger"] : empty;
    Json line = {{"claim_id", Str(c, "claim_id")},
                 {"type", Str(c, "type")},
                 {"trigger", Str(trigger, "text")},
                 {"trigger_start", trigger.value("start", 0)},
                 {"trigger_end", trigger.value("end", 0)},
                 {"actor", OrNull(Str(actor, "text"))},
                 {"actor_name", OrNull(Str(actor, "name"))},
                 {"target", OrNull(Str(target, "text"))},
                 {"target_name", OrNull(Str(target, "name"))},
                 {"content", OrNull(Str(c, "content"))},
                 {"negated", c.value("negated", false)},
                 {"hypothetical", c.value("hypothetical", false)},
                 {"source_type", Str(source, "type")},
                 {"source_text", OrNull(Str(source, "text"))},
                 {"quote", Str(source, "quote")},
                 {"sentence", SentenceText(text, idx, c.value("sentence", Json()))},
                 {"article_id", Str(r, "id")},
                 {"url", OrNull(Str(r, "url"))},
                 {"title", OrNull(Str(r, "title"))},
                 {"site", OrNull(Str(r, "site_name"))},
                 {"published", OrNull(Str(r, "published"))}};
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace newsclaims::output
