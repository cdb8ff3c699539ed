// Fuzzes what every stage does first with an input line: JSON parsing with limits, id
// recovery, and error records, then serialisation back to one line.
#include <cstdint>
#include <string_view>

#include "common/record.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  newsclaims::Json record;
  newsclaims::Status s = newsclaims::ParseRecord(line, newsclaims::RecordLimits(), &record);
  std::string id = s.ok() ? newsclaims::RecordId(record, line) : newsclaims::SalvageId(line);
  newsclaims::Json out = s.ok() ? record : newsclaims::ErrorRecord(id, "fuzz", s);
  std::string dumped = newsclaims::DumpRecord(out);
  if (dumped.find('\n') != std::string::npos) __builtin_trap();  // a record must stay on one line
  return 0;
}
