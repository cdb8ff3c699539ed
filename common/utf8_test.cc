// Tests for common/utf8.cc.
#include "common/utf8.h"

#include <catch2/catch.hpp>

using namespace newsclaims;

TEST_CASE("IsValidUtf8 accepts well-formed and rejects ill-formed sequences", "[utf8]") {
  CHECK(IsValidUtf8("plain ascii"));
  CHECK(IsValidUtf8("Gr\xC3\xBCnsee \xE6\x96\xB0 \xF0\x9F\x98\x80"));
  CHECK_FALSE(IsValidUtf8("\xC3"));              // truncated
  CHECK_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong
  CHECK_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  CHECK(FirstInvalidUtf8("ab\xFF") == 2);
}

TEST_CASE("RepairUtf8 replaces each bad byte with U+FFFD", "[utf8]") {
  CHECK(RepairUtf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(RepairUtf8("ok") == "ok");
}

TEST_CASE("CodePointIndex maps byte offsets to code points and back", "[utf8]") {
  std::string text = "\xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80 end";  // "été 😀 end"
  CodePointIndex index(text);
  CHECK(index.size() == 9);
  CHECK(index.ToCodePoint(0) == 0);
  CHECK(index.ToCodePoint(2) == 1);
  CHECK(index.ToCodePoint(6) == 4);
  CHECK(index.ToByte(4) == 6);
  CHECK(index.ToByte(5) == 10);
  std::string long_text(1000, 'x');
  long_text += "\xC3\xA9";
  CodePointIndex big(long_text);
  CHECK(big.ToCodePoint(long_text.size()) == 1001);
  CHECK(big.ToByte(1000) == 1000);
}
