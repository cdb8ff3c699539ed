#include "extract/tokenizer.h"

#include <catch2/catch.hpp>

using namespace newsclaims::extract;

namespace {
std::vector<std::string> Texts(std::string_view text, const WordSet& abbreviations = WordSet()) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text, abbreviations)) out.emplace_back(t.text);
  return out;
}
}  // namespace

TEST_CASE("tokenizer splits punctuation, quotes and clitics", "[tokenizer]") {
  CHECK(Texts("\u201CWe won\u2019t go,\u201D she said.") ==
        std::vector<std::string>{"\u201C", "We", "wo", "n\u2019t", "go", ",", "\u201D", "she", "said", "."});
  CHECK(Texts("Kaspersky's products (DHS) don't") ==
        std::vector<std::string>{"Kaspersky", "'s", "products", "(", "DHS", ")", "do", "n't"});
}

TEST_CASE("tokenizer keeps abbreviations, initials, numbers and hyphenated words whole", "[tokenizer]") {
  WordSet abbreviations;
  abbreviations.Add("mr.");
  CHECK(Texts("Mr. Smith of the U.S. paid $3.5 billion to a co-founder.", abbreviations) ==
        std::vector<std::string>{"Mr.", "Smith", "of", "the", "U.S.", "paid", "$", "3.5", "billion", "to", "a",
                                 "co-founder", "."});
  CHECK(Texts("left—then returned") == std::vector<std::string>{"left", "—", "then", "returned"});
}

TEST_CASE("tokenizer offsets are bytes and code points", "[tokenizer]") {
  auto tokens = Tokenize("Café Müller said", WordSet());
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[1].cp_begin == 5);
  CHECK(tokens[1].cp_end == 11);
  CHECK(tokens[1].begin == 6);  // "é" is two bytes
  CHECK(tokens[2].text == "said");
}

TEST_CASE("tokenizer marks line breaks and handles empty or blank text", "[tokenizer]") {
  auto tokens = Tokenize("Headline\n\nBody text", WordSet());
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[0].newline_before);
  CHECK(tokens[1].newline_before);
  CHECK_FALSE(tokens[2].newline_before);
  CHECK(Tokenize("", WordSet()).empty());
  CHECK(Tokenize(" \n\t\u00A0 ", WordSet()).empty());
}
