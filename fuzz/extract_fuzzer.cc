// Fuzzes article to claims: the whole extract stage on arbitrary text (lexicons and
// models from the source tree).
#include <chrono>
#include <cstdint>
#include <string>

#include "common/utf8.h"
#include "extract/extract_stage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static newsclaims::extract::Extractor* extractor = [] {
    auto* e = new newsclaims::extract::Extractor();
    newsclaims::extract::ExtractOptions options;
    options.data_dir = std::string(NEWSCLAIMS_SOURCE_DIR) + "/extract/data";
    if (!e->Init(options).ok()) __builtin_trap();
    return e;
  }();
  std::string text = newsclaims::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  newsclaims::Json article = {{"id", "f"}, {"text", text}, {"published", "2026-01-15"}};
  newsclaims::RecordContext ctx(std::chrono::steady_clock::now() + std::chrono::seconds(5));
  newsclaims::Json out = extractor->Extract(article, "f", ctx);
  // Every span must lie inside the text.
  size_t n = newsclaims::CodePointCount(text);
  if (out.contains("claims"))
    for (const auto& c : out["claims"])
      if (c["trigger"]["end"].get<size_t>() > n) __builtin_trap();
  return 0;
}
