#include "extract/entity_linker.h"

#include <catch2/catch.hpp>

#include "extract/extract_test_util.h"

using namespace newsclaims;
using newsclaims::testing::Run;

namespace {
// The entity (by name) that owns the mention starting at `text`'s first occurrence of `word`.
Json EntityOf(const Json& out, const std::string& word) {
  size_t at = out["text"].get<std::string>().find(word);  // ASCII test texts: bytes = code points
  for (const Json& e : out["entities"])
    for (const Json& m : e["mentions"])
      if (m["start"].get<size_t>() <= at && at < m["end"].get<size_t>()) return e;
  return Json();
}
}  // namespace

TEST_CASE("names in the places list are places whatever the tagger says", "[extract][entity_linker]") {
  Json out = Run({{"id", "p"},
                  {"text", "HANOI (AP) - Vietnam and the U.S. held talks on Monday. Vietnam has accused Beijing of "
                           "encroaching into its waters, and Tehran denied the report."}});
  for (const char* place : {"HANOI", "Vietnam has", "Beijing", "Tehran"}) {
    INFO(place);
    Json e = EntityOf(out, place);
    REQUIRE(e.is_object());
    CHECK(e["type"] == "LOC");
  }
}

TEST_CASE("a lone surname the tagger missed joins the person it names", "[extract][entity_linker]") {
  Json out = Run({{"id", "s"},
                  {"text", "Taylor Swift criticised the label on Friday. Swift got wide support this week, after the post."}});
  Json e = EntityOf(out, "Swift got");
  REQUIRE(e.is_object());
  CHECK(e["name"] == "Taylor Swift");
  CHECK(e["type"] == "PERSON");
}

TEST_CASE("a name never runs across a sentence break", "[extract][entity_linker]") {
  Json out = Run({{"id", "x"}, {"text", "Ask them about World War I.\n\nClinton said the plan would fail."}});
  for (const Json& e : out["entities"]) {
    INFO(e["name"].get<std::string>());
    CHECK(e["name"].get<std::string>().find('\n') == std::string::npos);
  }
}

TEST_CASE("Mr. and Mrs. keep two people with one surname apart", "[extract][entity_linker]") {
  Json out = Run({{"id", "h"},
                  {"text", "Hillary Clinton and Bill Clinton arrived in Iowa. Mr. Clinton spoke first. "
                           "Later Mrs. Clinton said she would win, and Mr. Clinton agreed."}});
  Json bill = EntityOf(out, "Clinton spoke"), hillary = EntityOf(out, "Clinton said");
  REQUIRE(bill.is_object());
  REQUIRE(hillary.is_object());
  CHECK(bill["name"] != hillary["name"]);
  CHECK(EntityOf(out, "she would")["name"] == hillary["name"]);
}
