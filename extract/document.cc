#include "extract/document.h"

#include "common/utf8.h"
#include "extract/sentence_splitter.h"
#include "extract/tokenizer.h"

namespace newsclaims::extract {
namespace {

// Marks tokens inside quotation marks. Straight quotes toggle; curly quotes open and
// close; a paragraph edge closes an open quote only when the next paragraph does not
// reopen it (news style repeats the opening mark on each quoted paragraph).
void MarkQuotes(std::vector<Token>& tokens) {
  bool open = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    std::string_view s = t.text;
    if (t.newline_before && open) open = false;
    bool opening = s == "\u201C" || s == "``" || s == "\u00AB" || s == "\u201E";
    bool closing = s == "\u201D" || s == "''" || s == "\u00BB";
    if (s == "\"") {
      opening = !open;
      closing = open;
    }
    if (opening) {
      open = true;
      t.in_quote = false;
      continue;
    }
    if (closing) {
      open = false;
      t.in_quote = false;
      continue;
    }
    t.in_quote = open;
  }
}

}  // namespace

std::string WordShape(std::string_view token) {
  std::string out;
  char last = 0;
  int run = 0;
  size_t i = 0;
  while (i < token.size() && out.size() < 12) {
    char32_t c = NextCodePoint(token, i);
    char k;
    if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c >= 0xC0 && c < 0x250) k = (c <= 0xDE) ? 'X' : 'x';
    else if (c < 0x80) k = static_cast<char>(c);
    else if ((c >= 0x2000 && c <= 0x206F) || (c >= 0xA0 && c <= 0xBF)) k = 'p';  // punctuation, quotes
    else k = 'u';
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2) out.push_back(k);
  }
  return out;
}

Document::Document(std::string_view t, const WordSet& abbreviations, const WordSet& no_break_after) : text(t) {
  tokens = Tokenize(text, abbreviations);
  sentences = SplitSentences(text, tokens, no_break_after);
  MarkQuotes(tokens);
  lower.reserve(tokens.size());
  shape.reserve(tokens.size());
  for (const Token& tok : tokens) {
    std::string l = AsciiLower(tok.text);
    if (size_t p = l.find("\u2019"); p != std::string::npos && tok.text.size() <= 8) l.replace(p, 3, "'");
    lower.push_back(std::move(l));
    shape.push_back(WordShape(tok.text));
  }
  sentence_of.assign(tokens.size(), 0);
  for (size_t s = 0; s < sentences.size(); ++s)
    for (size_t i = sentences[s].first; i < sentences[s].last; ++i) sentence_of[i] = s;
}

std::string_view Document::Slice(size_t a, size_t b) const {
  if (a >= b || b > tokens.size()) return {};
  return text.substr(tokens[a].begin, tokens[b - 1].end - tokens[a].begin);
}

}  // namespace newsclaims::extract
