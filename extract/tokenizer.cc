#include "extract/tokenizer.h"

#include <array>

#include "common/utf8.h"

namespace newsclaims::extract {
namespace {

struct Char {
  char32_t cp;
  size_t byte;  // offset of the character in the text
};

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool IsLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c < 0x2000);
}
bool IsUpper(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

bool IsOpening(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x2018 || c == '(' || c == '[' || c == '{' || c == 0xAB ||
         c == 0x201E || c == '`' || c == '\'' || c == '$' || c == 0x2014 || c == 0x2013 || c == 0xA3 ||
         c == 0x20AC || c == '#' || c == '*' || c == 0x2022 || c == 0x2026 || c == 0x2015;
}
bool IsClosing(char32_t c) {
  return c == '"' || c == 0x201D || c == 0x2019 || c == '\'' || c == ')' || c == ']' || c == '}' ||
         c == 0xBB || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == 0x2026 ||
         c == 0x2014 || c == 0x2013 || c == 0x2015 || c == '*' || c == '%';
}
bool IsDash(char32_t c) { return c == 0x2014 || c == 0x2013 || c == 0x2015; }
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// Lower-cased ASCII copy of chars [a, b) into a small buffer; false when too long.
bool LowerAscii(const std::vector<Char>& cs, size_t a, size_t b, std::string& out) {
  out.clear();
  if (b - a > 24) return false;
  for (size_t i = a; i < b; ++i) {
    char32_t c = cs[i].cp;
    if (c == 0x2019) c = '\'';
    if (c >= 0x80) return false;
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  return true;
}

class ChunkSplitter {
 public:
  ChunkSplitter(std::string_view text, const WordSet& abbreviations, std::vector<Token>& out)
      : text_(text), abbreviations_(abbreviations), out_(out) {}

  // Splits chars [0, n) of `cs` (one whitespace-free chunk starting at code point `cp0`).
  void Split(const std::vector<Char>& cs, size_t chunk_end_byte, size_t cp0, bool newline_before) {
    cs_ = &cs;
    end_byte_ = chunk_end_byte;
    cp0_ = cp0;
    first_ = true;
    newline_ = newline_before;
    size_t a = 0, b = cs.size();
    // Opening punctuation.
    while (a < b && IsOpening(cs[a].cp)) {
      size_t n = 1;
      if (cs[a].cp == '`' && a + 1 < b && cs[a + 1].cp == '`') n = 2;
      if (cs[a].cp == 0x2026) break;
      if (cs[a].cp == '\'' && a + 1 < b && !IsLetter(cs[a + 1].cp) && !IsDigit(cs[a + 1].cp)) n = 1;
      // "'s" / "'90s" at the start of a chunk are words, not quotes.
      if (IsApostrophe(cs[a].cp) && a + 1 < b && (cs[a + 1].cp == 's' || IsDigit(cs[a + 1].cp)) &&
          (a + 2 == b || !IsLetter(cs[a + 2].cp)))
        break;
      Emit(a, a + n);
      a += n;
    }
    // Closing punctuation, clitics and final periods, collected right to left.
    std::array<std::pair<size_t, size_t>, 16> tail;
    size_t ntail = 0;
    while (b > a && ntail + 2 < tail.size()) {
      char32_t c = cs[b - 1].cp;
      if (c == '.' && b - a >= 3 && cs[b - 2].cp == '.' && cs[b - 3].cp == '.') {
        tail[ntail++] = {b - 3, b};
        b -= 3;
        continue;
      }
      if (IsClosing(c) && !(c == '%' && b - a > 1 && IsDigit(cs[b - 2].cp))) {
        tail[ntail++] = {b - 1, b};
        --b;
        continue;
      }
      if (c == '.' && b - a > 1 && !KeepsPeriod(a, b)) {
        tail[ntail++] = {b - 1, b};
        --b;
        continue;
      }
      break;
    }
    if (b > a && ntail < tail.size()) {
      size_t clitic = CliticStart(a, b);
      if (clitic > a && clitic < b) {
        tail[ntail++] = {clitic, b};
        b = clitic;
      }
    }
    SplitMiddle(a, b);
    while (ntail > 0) {
      --ntail;
      Emit(tail[ntail].first, tail[ntail].second);
    }
  }

 private:
  // Inner dashes ("word—word", "word--word") separate tokens; everything else stays.
  void SplitMiddle(size_t a, size_t b) {
    const auto& cs = *cs_;
    size_t start = a;
    for (size_t i = a; i < b; ++i) {
      size_t n = 0;
      if (IsDash(cs[i].cp)) n = 1;
      else if (cs[i].cp == '-' && i + 1 < b && cs[i + 1].cp == '-') n = 2;
      else if (cs[i].cp == '/' && i > a && IsLetter(cs[i - 1].cp) && i + 1 < b && IsUpper(cs[i + 1].cp)) n = 0;
      if (n == 0) continue;
      if (i > start) Emit(start, i);
      Emit(i, i + n);
      i += n - 1;
      start = i + 1;
    }
    if (b > start) Emit(start, b);
  }

  bool KeepsPeriod(size_t a, size_t b) {
    const auto& cs = *cs_;
    // "U.S.", "p.m.", "D.C.": letters alternating with periods.
    bool alternating = (b - a) % 2 == 0;
    for (size_t i = a; alternating && i < b; ++i) alternating = (i - a) % 2 ? cs[i].cp == '.' : IsLetter(cs[i].cp);
    if (alternating) return true;
    std::string lower;
    if (LowerAscii(cs, a, b, lower) && abbreviations_.Contains(lower)) return true;
    // URL-like or number-like chunks ("example.com." is split; "3." is split).
    return false;
  }

  // Start of a clitic suffix ("'s", "n't", "'re", "'ve", "'ll", "'d", "'m"), or `a`.
  size_t CliticStart(size_t a, size_t b) {
    const auto& cs = *cs_;
    size_t n = b - a;
    auto lower = [&](size_t i) { char32_t c = cs[i].cp; return c >= 'A' && c <= 'Z' ? c + 32 : c; };
    if (n >= 4 && lower(b - 3) == 'n' && IsApostrophe(cs[b - 2].cp) && lower(b - 1) == 't') return b - 3;
    if (n >= 3 && IsApostrophe(cs[b - 2].cp)) {
      char32_t c = lower(b - 1);
      if (c == 's' || c == 'd' || c == 'm') return IsLetter(cs[b - 3].cp) || IsDigit(cs[b - 3].cp) ? b - 2 : a;
    }
    if (n >= 4 && IsApostrophe(cs[b - 3].cp)) {
      char32_t c1 = lower(b - 2), c2 = lower(b - 1);
      if ((c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e') || (c1 == 'l' && c2 == 'l'))
        return IsLetter(cs[b - 4].cp) ? b - 3 : a;
    }
    return a;
  }

  void Emit(size_t a, size_t b) {
    const auto& cs = *cs_;
    Token t;
    t.begin = cs[a].byte;
    t.end = b < cs.size() ? cs[b].byte : end_byte_;
    t.text = text_.substr(t.begin, t.end - t.begin);
    t.cp_begin = cp0_ + a;
    t.cp_end = cp0_ + b;
    t.space_before = first_;
    t.newline_before = first_ && newline_;
    first_ = false;
    out_.push_back(t);
  }

  std::string_view text_;
  const WordSet& abbreviations_;
  std::vector<Token>& out_;
  const std::vector<Char>* cs_ = nullptr;
  size_t end_byte_ = 0, cp0_ = 0;
  bool first_ = true, newline_ = false;
};

}  // namespace

bool IsQuoteToken(std::string_view t) {
  return t == "\"" || t == "\u201C" || t == "\u201D" || t == "\u2018" || t == "\u2019" || t == "\u00AB" ||
         t == "\u00BB" || t == "\u201E" || t == "``" || t == "''" || t == "`" || t == "'";
}

std::vector<Token> Tokenize(std::string_view text, const WordSet& abbreviations) {
  std::vector<Token> out;
  out.reserve(text.size() / 5);
  ChunkSplitter splitter(text, abbreviations, out);
  std::vector<Char> chunk;
  size_t i = 0, cp = 0, chunk_cp = 0;
  bool newline = true;
  while (i < text.size()) {
    size_t at = i;
    char32_t c = NextCodePoint(text, i);
    if (IsSpace(c)) {
      if (!chunk.empty()) {
        splitter.Split(chunk, at, chunk_cp, newline);
        chunk.clear();
        newline = false;
      }
      if (c == '\n' || c == '\r') newline = true;
    } else {
      if (chunk.empty()) chunk_cp = cp;
      chunk.push_back({c, at});
    }
    ++cp;
  }
  if (!chunk.empty()) splitter.Split(chunk, text.size(), chunk_cp, newline);
  return out;
}

}  // namespace newsclaims::extract
