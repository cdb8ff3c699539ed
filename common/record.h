// Record: the JSON object that flows between stages, and the helpers every stage uses
// to read it safely (ids, error records, typed field access). The full field list of
// each record kind is in schemas/*.schema.json and docs/records.md.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "common/status.h"

namespace newsclaims {

using Json = nlohmann::json;

// Limits that protect every stage from hostile input (documented in docs/limits.md).
struct RecordLimits {
  size_t max_line_bytes = 64u << 20;  // a longer input line becomes an "oversized_record" error
  int max_depth = 64;                 // deeper JSON nesting becomes an "invalid_json" error
};

// Parses one JSON-lines line into an object. Fails with "invalid_json" (syntax, nesting
// deeper than limits.max_depth, or a non-object top level) or "invalid_utf8".
Status ParseRecord(std::string_view line, const RecordLimits& limits, Json* out);

// A stable id for a URL (or any key): "u" + 16 hex digits of its 64-bit FNV-1a hash.
std::string StableId(std::string_view key);

// The record's id: its "id" string (a number is turned into its decimal text), else
// StableId of its "url", else StableId of `fallback_key`.
std::string RecordId(const Json& record, std::string_view fallback_key);

// Best-effort id of a line that is not valid JSON: the value of a top-level-looking
// "id" string when one can be found, else empty. Used so error records keep their ids.
std::string SalvageId(std::string_view line);

// Builds {"id", "url"?, "error": {"stage", "code", "message"}} for a failed record.
Json ErrorRecord(std::string_view id, std::string_view stage, const Status& status,
                 const Json* input = nullptr);

// True when the record already carries an "error" object (it failed in an earlier stage).
bool IsErrorRecord(const Json& record);

// The string value of `key`, or nullopt when absent, null or not a string.
std::optional<std::string> GetString(const Json& record, const char* key);

// Serialises one record as a single line (no trailing newline); invalid UTF-8 is replaced.
std::string DumpRecord(const Json& record);

}  // namespace newsclaims
