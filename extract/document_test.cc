#include "extract/document.h"

#include <catch2/catch.hpp>

using namespace newsclaims::extract;

namespace {
WordSet Set(std::initializer_list<const char*> words) {
  WordSet s;
  for (const char* w : words) s.Add(w);
  return s;
}
std::vector<std::string> SentenceTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.Slice(s.first, s.last));
  return out;
}
}  // namespace

TEST_CASE("sentences break after full stops but not after titles, initials or months", "[sentences]") {
  WordSet abbreviations = Set({"mr.", "sen.", "jan."}), no_break = Set({"mr.", "sen.", "jan."});
  Document doc("Sen. Warren met Mr. Smith on Jan. 5. J. R. Ewing left. \u201CWe won.\u201D He smiled.",
               abbreviations, no_break);
  CHECK(SentenceTexts(doc) == std::vector<std::string>{"Sen. Warren met Mr. Smith on Jan. 5.", "J. R. Ewing left.",
                                                       "\u201CWe won.\u201D", "He smiled."});
}

TEST_CASE("line breaks end headlines and datelines without full stops", "[sentences]") {
  Document doc("Council Bans Scooters\nThe council voted on Tuesday.", WordSet(), WordSet());
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].paragraph == 0);
  CHECK(doc.sentences[1].paragraph == 1);
}

TEST_CASE("quotation marks set in_quote on the words between them", "[document]") {
  Document doc("He said \u201Cno way\u201D and \"maybe\" later.", WordSet(), WordSet());
  std::vector<std::string> quoted;
  for (size_t i = 0; i < doc.size(); ++i)
    if (doc.tokens[i].in_quote) quoted.emplace_back(doc.tokens[i].text);
  CHECK(quoted == std::vector<std::string>{"no", "way", "maybe"});
}

TEST_CASE("word shapes collapse runs", "[document]") {
  CHECK(WordShape("Kaspersky") == "Xxx");
  CHECK(WordShape("2017") == "dd");
  CHECK(WordShape("U.S.") == "X.X.");
  CHECK(WordShape("DHS") == "XX");
}
