// Record parsing, ids and error records; tested by record_test.cc.
#include "common/record.h"

#include <re2/re2.h>

#include <cstdio>

#include "common/utf8.h"

namespace newsclaims {

Status ParseRecord(std::string_view line, const RecordLimits& limits, Json* out) {
  size_t bad = FirstInvalidUtf8(line);
  if (bad != std::string_view::npos) {
    return Status::Error("invalid_utf8", "input line is not valid UTF-8 (first bad byte at offset " +
                                             std::to_string(bad) + ")");
  }
  bool too_deep = false;
  auto depth_guard = [&](int depth, Json::parse_event_t, Json&) {
    if (depth > limits.max_depth) too_deep = true;
    return !too_deep;
  };
  try {
    *out = Json::parse(line.begin(), line.end(), depth_guard, /*allow_exceptions=*/true);
  } catch (const Json::exception& e) {
    if (too_deep) {
      return Status::Error("invalid_json", "JSON nested deeper than " + std::to_string(limits.max_depth) +
                                               " levels");
    }
    std::string what = e.what();
    auto pos = what.find("] ");  // drop nlohmann's "[json.exception.parse_error.101] " prefix
    return Status::Error("invalid_json", "malformed JSON: " + (pos == std::string::npos ? what : what.substr(pos + 2)));
  }
  if (too_deep) {
    return Status::Error("invalid_json", "JSON nested deeper than " + std::to_string(limits.max_depth) + " levels");
  }
  if (!out->is_object()) {
    return Status::Error("invalid_json", std::string("expected a JSON object, got ") + out->type_name());
  }
  return Status::OK();
}

std::string StableId(std::string_view key) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[20];
  std::snprintf(buf, sizeof buf, "u%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string RecordId(const Json& record, std::string_view fallback_key) {
  if (record.is_object()) {
    auto it = record.find("id");
    if (it != record.end()) {
      if (it->is_string()) return it->get<std::string>();
      if (it->is_number_integer() || it->is_number_unsigned()) return it->dump();
    }
    auto url = GetString(record, "url");
    if (url && !url->empty()) return StableId(*url);
  }
  return StableId(fallback_key);
}

std::string SalvageId(std::string_view line) {
  static const RE2 kId(R"re("id"\s*:\s*"((?:[^"\\]|\\.){1,512})")re");
  std::string id;
  if (RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), kId, &id) && IsValidUtf8(id)) {
    // Unescape through the JSON library so "\u00e9" comes back as the same id.
    try {
      return Json::parse("\"" + id + "\"").get<std::string>();
    } catch (const Json::exception&) {
    }
  }
  return {};
}

Json ErrorRecord(std::string_view id, std::string_view stage, const Status& status, const Json* input) {
  Json rec = Json::object();
  rec["id"] = std::string(id);
  if (input && input->is_object()) {
    auto url = GetString(*input, "url");
    if (url) rec["url"] = *url;
  }
  rec["error"] = {{"stage", std::string(stage)}, {"code", status.code()}, {"message", status.message()}};
  return rec;
}

bool IsErrorRecord(const Json& record) {
  auto it = record.find("error");
  return it != record.end() && it->is_object();
}

std::optional<std::string> GetString(const Json& record, const char* key) {
  auto it = record.find(key);
  if (it == record.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::string DumpRecord(const Json& record) {
  std::string out = record.dump(-1, ' ', false, Json::error_handler_t::replace);
  // U+0085, U+2028 and U+2029 are valid raw in JSON but split lines for many line readers
  // (Python's str.splitlines among them); escape them so one record stays one line.
  if (out.find("\xE2\x80\xA8") == std::string::npos && out.find("\xE2\x80\xA9") == std::string::npos &&
      out.find("\xC2\x85") == std::string::npos)
    return out;
  std::string safe;
  safe.reserve(out.size() + 16);
  for (size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 3, "\xE2\x80\xA8") == 0) { safe += "\\u2028"; i += 2; }
    else if (out.compare(i, 3, "\xE2\x80\xA9") == 0) { safe += "\\u2029"; i += 2; }
    else if (out.compare(i, 2, "\xC2\x85") == 0) { safe += "\\u0085"; i += 1; }
    else safe += out[i];
  }
  return safe;
}

}  // namespace newsclaims
