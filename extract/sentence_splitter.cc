#include "extract/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>

#include "common/utf8.h"
#include "extract/tokenizer.h"

namespace newsclaims::extract {
namespace {

// One ICU sentence iterator per thread (BreakIterator instances are not thread-safe).
icu::BreakIterator* ThreadIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
    if (U_FAILURE(status)) bi.reset();
    return bi;
  }();
  return it.get();
}

bool StartsLower(std::string_view t) { return !t.empty() && t[0] >= 'a' && t[0] <= 'z'; }

// "J." or "U.S." style tokens ending in a period that are not sentence-final punctuation.
bool IsInitial(std::string_view t) { return t.size() == 2 && t[1] == '.' && t[0] >= 'A' && t[0] <= 'Z'; }

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const WordSet& no_break_after) {
  std::vector<Sentence> out;
  if (tokens.empty()) return out;
  // Token-level break candidates: true when a sentence may start at token i.
  std::vector<char> starts(tokens.size(), 0);
  starts[0] = 1;
  if (icu::BreakIterator* bi = ThreadIterator()) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_SUCCESS(status)) {
      bi->setText(ut, status);
      size_t ti = 0;
      for (int32_t b = bi->next(); b != icu::BreakIterator::DONE && U_SUCCESS(status); b = bi->next()) {
        while (ti < tokens.size() && tokens[ti].begin < static_cast<size_t>(b)) ++ti;
        if (ti < tokens.size()) starts[ti] = 1;
      }
      // Detach the iterator from the text before the UText goes away.
      UText* empty = utext_openUTF8(nullptr, "", 0, &status);
      bi->setText(empty, status);
      utext_close(empty);
    }
    utext_close(ut);
  }
  std::string lower;
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i].newline_before) {
      starts[i] = 1;
      continue;
    }
    if (!starts[i]) continue;
    std::string_view prev = tokens[i - 1].text, next = tokens[i].text;
    lower = AsciiLower(prev);
    if (StartsLower(next)) starts[i] = 0;
    else if (StartsUpper(next) && (no_break_after.Contains(lower) || IsInitial(prev))) starts[i] = 0;
    else if (!next.empty() && next[0] >= '0' && next[0] <= '9' && no_break_after.Contains(lower)) starts[i] = 0;
  }
  // No sentence runs longer than kMaxSentenceTokens: text without sentence punctuation (a
  // list, a table, generated junk) would otherwise make one sentence whose per-token work
  // grows with its length. A long run breaks after a comma or semicolon near its end, else
  // where it reaches the limit.
  constexpr size_t kMaxSentenceTokens = 250;
  for (size_t i = 0, start = 0; i < tokens.size(); ++i) {
    if (starts[i]) start = i;
    if (i - start + 1 < kMaxSentenceTokens || i + 1 >= tokens.size()) continue;
    size_t cut = i + 1;
    for (size_t j = i; j > start + kMaxSentenceTokens / 2; --j)
      if (tokens[j].text == "," || tokens[j].text == ";") {
        cut = j + 1;
        break;
      }
    starts[cut] = 1;
    start = cut;
    i = cut - 1;
  }
  size_t paragraph = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0 && tokens[i].newline_before) ++paragraph;
    if (starts[i]) {
      if (!out.empty()) out.back().last = i;
      out.push_back({i, i, paragraph});
    }
  }
  out.back().last = tokens.size();
  return out;
}

}  // namespace newsclaims::extract
