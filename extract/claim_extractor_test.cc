#include "extract/claim_extractor.h"

#include <catch2/catch.hpp>

#include "extract/extract_test_util.h"

using namespace newsclaims;
using newsclaims::testing::Run;

namespace {
// The first claim of `type` in the text, or null.
Json FirstClaim(const std::string& text, const std::string& type) {
  Json out = Run({{"id", "c"}, {"text", text}});
  for (const Json& c : out["claims"])
    if (c["type"] == type) return c;
  return Json();
}
std::string Text(const Json& party) { return party.is_object() ? party.value("text", "") : ""; }
}  // namespace

TEST_CASE("holding someone in contempt: the verb's subject is the actor, its object the target", "[extract][claims]") {
  Json c = FirstClaim("A House panel voted Thursday to hold Jane Roe, a former aide to the mayor, in contempt of "
                      "Congress for refusing to testify.",
                      "allegation");
  REQUIRE(c.is_object());
  CHECK(Text(c["actor"]) == "A House panel");
  CHECK(Text(c["target"]) == "Jane Roe");
}

TEST_CASE("wrongdoing nouns take their target from by, possessives and modifiers", "[extract][claims]") {
  Json by = FirstClaim("\u201CWe strongly oppose violations of the treaty by Russia,\u201D Foreign Minister Ana Lima said.",
                       "allegation");
  REQUIRE(by.is_object());
  CHECK(Text(by["target"]) == "Russia");
  CHECK(Text(by["actor"]).find("Ana Lima") != std::string::npos);
  CHECK(by["source"]["type"] == "named_person");
  CHECK(by["source"]["quote"] == "direct");
  Json modifier = FirstClaim("Protesters in Hong Kong marched against police brutality on Sunday.", "allegation");
  REQUIRE(modifier.is_object());
  CHECK(Text(modifier["target"]) == "police");
}

TEST_CASE("a plural possessive before a noun trigger is its actor", "[extract][claims]") {
  Json c = FirstClaim("The Democrats' central allegation against the governor was rejected by the court.", "allegation");
  REQUIRE(c.is_object());
  CHECK(Text(c["actor"]).find("Democrats") != std::string::npos);
}
