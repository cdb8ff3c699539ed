// Fuzzes HTML to article: the whole parse stage on arbitrary bytes as a page.
#include <chrono>
#include <cstdint>
#include <string>

#include "common/charset.h"
#include "parse/parse_stage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  newsclaims::Json page = {{"id", "f"}, {"url", "https://fuzz.example/a"},
                           {"html", newsclaims::DecodeToUtf8(bytes).utf8}};
  newsclaims::RecordContext ctx(std::chrono::steady_clock::now() + std::chrono::seconds(5));
  newsclaims::parse::ParseOptions options;
  newsclaims::Json out = newsclaims::parse::ParsePage(page, "f", options, ctx);
  (void)out;
  return 0;
}
