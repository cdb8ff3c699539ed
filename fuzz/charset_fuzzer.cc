// Fuzzes charset detection and conversion: the result must always be valid UTF-8.
#include <cstdint>
#include <string>
#include <string_view>

#include "common/charset.h"
#include "common/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string_view header = size > 0 && data[0] % 3 == 0 ? "windows-1252" : size > 0 && data[0] % 3 == 1 ? "shift_jis" : "";
  newsclaims::DecodedText d = newsclaims::DecodeToUtf8(bytes, header);
  if (!newsclaims::IsValidUtf8(d.utf8)) __builtin_trap();
  std::string out;
  newsclaims::ConvertToUtf8(bytes, "iso-8859-7", &out);
  return 0;
}
