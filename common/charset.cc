// ICU-based charset conversion and detection; tested by charset_test.cc.
#include "common/charset.h"

#include <re2/re2.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "common/utf8.h"

namespace newsclaims {
namespace {

// WHATWG maps these labels to windows-1252, and real pages labelled latin-1 use its extra characters.
std::string NormaliseLabel(std::string_view label) {
  std::string l = AsciiLower(label);
  l.erase(std::remove_if(l.begin(), l.end(), [](char c) { return c == '"' || c == '\'' || c == ' '; }), l.end());
  if (l == "iso-8859-1" || l == "latin1" || l == "latin-1" || l == "us-ascii" || l == "ascii" ||
      l == "iso8859-1" || l == "l1" || l == "cp1252")
    return "windows-1252";
  if (l == "utf8") return "utf-8";
  if (l == "gb2312" || l == "gbk") return "gb18030";
  return l;
}

bool IsUtf8Label(const std::string& l) { return l == "utf-8"; }

}  // namespace

Status ConvertToUtf8(std::string_view bytes, std::string_view charset, std::string* out) {
  std::string label = NormaliseLabel(charset);
  if (IsUtf8Label(label)) {
    *out = RepairUtf8(bytes);
    return Status::OK();
  }
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(label.c_str(), &err);
  if (U_FAILURE(err) || !conv) return Status::Error("bad_charset", "unknown charset '" + std::string(charset) + "'");
  std::unique_ptr<UConverter, void (*)(UConverter*)> guard(conv, ucnv_close);
  UConverter* utf8 = ucnv_open("UTF-8", &err);
  std::unique_ptr<UConverter, void (*)(UConverter*)> guard8(utf8, ucnv_close);
  out->assign(bytes.size() * 3 + 16, '\0');
  char* target = out->data();
  const char* source = bytes.data();
  ucnv_convertEx(utf8, conv, &target, out->data() + out->size(), &source, bytes.data() + bytes.size(), nullptr,
                 nullptr, nullptr, nullptr, true, true, &err);
  if (U_FAILURE(err)) return Status::Error("bad_charset", std::string("conversion from ") + label + " failed: " + u_errorName(err));
  out->resize(static_cast<size_t>(target - out->data()));
  return Status::OK();
}

std::string SniffMetaCharset(std::string_view html) {
  static const RE2 kMeta(R"re((?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40}))re");
  std::string_view head = html.substr(0, std::min<size_t>(html.size(), 8192));
  std::string charset;
  if (RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), kMeta, &charset)) return AsciiLower(charset);
  return {};
}

std::string CharsetFromContentType(std::string_view content_type) {
  std::string ct = AsciiLower(content_type);
  size_t at = ct.find("charset=");
  if (at == std::string::npos) return "";
  std::string v = ct.substr(at + 8);
  size_t end = v.find_first_of("; ");
  if (end != std::string::npos) v = v.substr(0, end);
  if (!v.empty() && (v.front() == '"' || v.front() == '\'')) v = v.substr(1);
  if (!v.empty() && (v.back() == '"' || v.back() == '\'')) v.pop_back();
  return v;
}

DecodedText DecodeToUtf8(std::string_view bytes, std::string_view header_charset) {
  DecodedText d;
  auto starts = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };
  if (starts("\xEF\xBB\xBF")) {
    d = {RepairUtf8(bytes.substr(3)), "utf-8", "bom"};
    return d;
  }
  if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
    std::string cs = starts("\xFF\xFE") ? "utf-16le" : "utf-16be";
    if (ConvertToUtf8(bytes.substr(2), cs, &d.utf8).ok()) {
      d.charset = cs;
      d.how = "bom";
      return d;
    }
  }
  bool valid_utf8 = IsValidUtf8(bytes);
  auto try_label = [&](const std::string& label, const char* how) {
    std::string norm = NormaliseLabel(label);
    if (norm.empty()) return false;
    // A page that declares a legacy charset but is valid UTF-8 with non-ASCII bytes is
    // almost always mislabelled UTF-8; a page that declares UTF-8 and is not valid is lying.
    if (IsUtf8Label(norm) != valid_utf8) {
      bool has_high = std::any_of(bytes.begin(), bytes.end(), [](char c) { return c & 0x80; });
      if (has_high) return false;
    }
    if (!ConvertToUtf8(bytes, norm, &d.utf8).ok()) return false;
    d.charset = norm;
    d.how = how;
    return true;
  };
  if (!header_charset.empty() && try_label(std::string(header_charset), "header")) return d;
  std::string meta = SniffMetaCharset(bytes);
  if (!meta.empty() && try_label(meta, "meta")) return d;
  if (valid_utf8) {
    d = {std::string(bytes), "utf-8", "utf8"};
    return d;
  }
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&err);
  if (U_SUCCESS(err)) {
    std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> guard(det, ucsdet_close);
    ucsdet_enableInputFilter(det, true);
    ucsdet_setText(det, bytes.data(), static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 20)), &err);
    const UCharsetMatch* match = ucsdet_detect(det, &err);
    if (U_SUCCESS(err) && match) {
      const char* name = ucsdet_getName(match, &err);
      if (U_SUCCESS(err) && name && ConvertToUtf8(bytes, name, &d.utf8).ok()) {
        d.charset = NormaliseLabel(name);
        d.how = "detected";
        return d;
      }
    }
  }
  ConvertToUtf8(bytes, "windows-1252", &d.utf8);
  d.charset = "windows-1252";
  d.how = "fallback";
  return d;
}

}  // namespace newsclaims
