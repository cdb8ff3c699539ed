// UTF-8 helpers shared by all stages: validation, repair, and code point offsets.
// Record offsets are Unicode code points (as Python indexes a str), while C++ strings
// hold UTF-8 bytes; these functions convert between the two.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsclaims {

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or code points > U+10FFFF).
bool IsValidUtf8(std::string_view s);

// Byte offset of the first ill-formed sequence, or std::string_view::npos.
size_t FirstInvalidUtf8(std::string_view s);

// Copy of `s` with every ill-formed sequence replaced by U+FFFD.
std::string RepairUtf8(std::string_view s);

// Number of code points in valid UTF-8 `s`.
size_t CodePointCount(std::string_view s);

// Maps byte offsets of one UTF-8 string to code point offsets. Build once per text,
// then look up many offsets in O(log n); the text must outlive nothing (it copies nothing).
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // Code point offset of byte offset `byte` (which must be a character boundary or the end).
  size_t ToCodePoint(size_t byte) const;
  // Byte offset of code point offset `cp` (clamped to the end).
  size_t ToByte(size_t cp) const;
  size_t size() const { return cp_count_; }

 private:
  std::vector<size_t> starts_;  // byte offset of every 64th code point
  std::string_view text_;
  size_t cp_count_ = 0;
};

// Decodes the code point at `s[i]` and advances `i`; returns U+FFFD for bad bytes.
char32_t NextCodePoint(std::string_view s, size_t& i);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(std::string& out, char32_t cp);

// `s` without leading and trailing ASCII spaces, tabs, CRs and LFs.
std::string_view TrimAsciiSpace(std::string_view s);

// Copy of `s` with ASCII letters lower-cased (other bytes unchanged); for tag, attribute
// and label comparisons, not for natural-language text (use ICU there).
std::string AsciiLower(std::string_view s);

}  // namespace newsclaims
