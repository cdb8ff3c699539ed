// Tests for common/charset.cc.
#include "common/charset.h"

#include <catch2/catch.hpp>

using namespace newsclaims;

TEST_CASE("DecodeToUtf8 follows BOM, header, meta, then detection", "[charset]") {
  auto d = DecodeToUtf8("\xEF\xBB\xBF" "caf\xC3\xA9");
  CHECK(d.utf8 == "caf\xC3\xA9");
  CHECK(d.how == "bom");

  d = DecodeToUtf8("caf\xE9 \x93quoted\x94", "windows-1252");
  CHECK(d.utf8 == "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D");
  CHECK(d.how == "header");

  d = DecodeToUtf8("<meta charset=\"iso-8859-1\"><p>caf\xE9</p>");
  CHECK(d.utf8 == "<meta charset=\"iso-8859-1\"><p>caf\xC3\xA9</p>");
  CHECK(d.charset == "windows-1252");
  CHECK(d.how == "meta");
}

TEST_CASE("A header that claims UTF-8 for Latin-1 bytes is not believed", "[charset]") {
  std::string latin = "<html><body><p>Der B\xE4r l\xE4uft \xFC" "ber die Br\xFC" "cke und m\xF6" "chte Wasser.</p></body></html>";
  auto d = DecodeToUtf8(latin, "utf-8");
  CHECK(d.how != "header");
  CHECK(d.utf8.find("B\xC3\xA4r") != std::string::npos);
}

TEST_CASE("Shift_JIS with a meta declaration converts", "[charset]") {
  // "日本" in Shift_JIS is 93 FA 96 7B.
  auto d = DecodeToUtf8("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>\x93\xFA\x96\x7B</p>");
  CHECK(d.utf8.find("\xE6\x97\xA5\xE6\x9C\xAC") != std::string::npos);
}

TEST_CASE("UTF-16 with a byte order mark converts", "[charset]") {
  std::string utf16le("\xFF\xFE" "h\0i\0", 6);
  CHECK(DecodeToUtf8(utf16le).utf8 == "hi");
}

TEST_CASE("Unknown charset names fail cleanly", "[charset]") {
  std::string out;
  Status s = ConvertToUtf8("x", "no-such-charset", &out);
  CHECK(s.code() == "bad_charset");
  CHECK(DecodeToUtf8("plain", "no-such-charset").utf8 == "plain");
}
