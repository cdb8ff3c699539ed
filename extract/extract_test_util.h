// Test helpers for the extract stage: one shared Extractor loaded from the source tree's
// data directory, Run() to extract a record, and Cut() to read a code point span back.
#pragma once

#include <chrono>
#include <string>

#include <catch2/catch.hpp>

#include "extract/extract_stage.h"
#include "tests/test_paths.h"

namespace newsclaims::testing {

inline const extract::Extractor& Shared() {
  static extract::Extractor* e = [] {
    auto* x = new extract::Extractor();
    extract::ExtractOptions options;
    options.data_dir = std::string(NEWSCLAIMS_SOURCE_DIR) + "/extract/data";
    REQUIRE(x->Init(options).ok());
    return x;
  }();
  return *e;
}
inline Json Run(Json in) {
  RecordContext ctx(std::chrono::steady_clock::now() + std::chrono::seconds(10));
  return Shared().Extract(in, in.value("id", "x"), ctx);
}
inline std::string Cut(const Json& record, const Json& span) {
  const std::string& text = record["text"].get_ref<const std::string&>();
  std::u32string u;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = text[i];
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
    for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (text[i + k] & 0x3F);
    u.push_back(cp);
    i += n;
  }
  std::string out;
  for (size_t i = span["start"].get<size_t>(); i < span["end"].get<size_t>(); ++i) {
    char32_t cp = u[i];
    if (cp < 0x80) out.push_back(static_cast<char>(cp));
    else if (cp < 0x800) { out.push_back(static_cast<char>(0xC0 | (cp >> 6))); out.push_back(static_cast<char>(0x80 | (cp & 0x3F))); }
    else { out.push_back(static_cast<char>(0xE0 | (cp >> 12))); out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F))); out.push_back(static_cast<char>(0x80 | (cp & 0x3F))); }
  }
  return out;
}

}  // namespace newsclaims::testing
