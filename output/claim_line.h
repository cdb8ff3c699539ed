// ClaimLine: one claim flattened for analysts, carrying its article's id, url, title,
// site and published date, so `jq 'select(.type=="ban")'` or a spreadsheet is all one
// needs. Built from an extracted record; the same fields feed CSV, SQLite and the report.
#pragma once

#include <string>
#include <vector>

#include "common/record.h"

namespace newsclaims::output {

// The claim lines of one extracted record (none for error records or records without
// claims). Each is a JSON object with the fields listed in schemas/claim-line.schema.json.
std::vector<Json> ClaimLines(const Json& extracted);

// Column order of the CSV format (also the flat fields of a claim line).
const std::vector<std::string>& ClaimColumns();

}  // namespace newsclaims::output
