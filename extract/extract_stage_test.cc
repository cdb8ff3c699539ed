#include "extract/extract_stage.h"

#include <catch2/catch.hpp>

#include "extract/extract_test_util.h"

using namespace newsclaims;

using newsclaims::testing::Cut;
using newsclaims::testing::Run;

TEST_CASE("records without usable text become error records", "[extract]") {
  Json missing = Run({{"id", "a"}, {"title", "no text"}});
  CHECK(missing["error"]["code"] == "missing_field");
  Json page = Run({{"id", "b"}, {"html", "<p>x</p>"}});
  CHECK(page["error"]["message"].get<std::string>().find("parse") != std::string::npos);
  Json wrong = Run({{"id", "c"}, {"text", 42}});
  CHECK(wrong["error"]["code"] == "invalid_field");
  CHECK(wrong["id"] == "c");
}

TEST_CASE("empty and whitespace texts give empty results, not errors", "[extract]") {
  for (const char* text : {"", "   \n\n  "}) {
    Json out = Run({{"id", "e"}, {"text", text}});
    CHECK_FALSE(out.contains("error"));
    CHECK(out["sentences"].empty());
    CHECK(out["claims"].empty());
  }
}

TEST_CASE("offsets are code points and cut the text they name", "[extract]") {
  Json out = Run({{"id", "u"},
                  {"text", "Der Café-Besitzer José Müller said the ministry banned the app. "
                           "\u201CIt is unfair,\u201D said Müller."}});
  REQUIRE_FALSE(out["attributions"].empty());
  for (const Json& a : out["attributions"]) CHECK(Cut(out, a["cue"]) == a["cue"]["text"].get<std::string>());
  for (const Json& e : out["entities"])
    for (const Json& m : e["mentions"]) CHECK(Cut(out, m) == m["text"].get<std::string>());
  for (const Json& c : out["claims"]) CHECK(Cut(out, c["trigger"]) == c["trigger"]["text"].get<std::string>());
}

TEST_CASE("attributions find speakers before and after quotes, and anonymous sources", "[extract]") {
  Json out = Run({{"id", "q"},
                  {"text", "\u201CWe will fight this decision in court,\u201D said Eugene Kaspersky, chief executive of "
                           "Kaspersky Lab. Officials familiar with the matter said the ban would stand. "
                           "The minister told reporters that the review was over."}});
  std::vector<std::pair<std::string, std::string>> got;
  for (const Json& a : out["attributions"])
    got.push_back({a["cue"]["text"], a["source_type"]});
  CHECK(got[0] == std::pair<std::string, std::string>{"said", "named_person"});
  bool anonymous = false, told = false;
  for (const Json& a : out["attributions"]) {
    anonymous |= a["source_type"] == "anonymous" && a["source"]["text"].get<std::string>().find("Officials") == 0;
    told |= a["cue"]["text"] == "told";
  }
  CHECK(anonymous);
  CHECK(told);
  CHECK(out["attributions"][0]["quote"] == "direct");
}

TEST_CASE("entities keep people and organisations that share a word apart", "[extract]") {
  Json out = Run({{"id", "k"},
                  {"text", "Kaspersky Lab was founded by Eugene Kaspersky in 1997. Kaspersky said the company would appeal. "
                           "The Department of Homeland Security (DHS) said DHS had acted lawfully."}});
  std::map<std::string, Json> by_name;
  for (const Json& e : out["entities"]) by_name[e["name"]] = e;
  REQUIRE(by_name.count("Eugene Kaspersky"));
  REQUIRE(by_name.count("Kaspersky Lab"));
  CHECK(by_name["Eugene Kaspersky"]["type"] == "PERSON");
  CHECK(by_name["Kaspersky Lab"]["type"] == "ORG");
  REQUIRE(by_name.count("Department of Homeland Security"));
  auto aliases = by_name["Department of Homeland Security"]["aliases"];
  CHECK(std::find(aliases.begin(), aliases.end(), "DHS") != aliases.end());
}

TEST_CASE("claims carry negation, hedging and stable ids", "[extract]") {
  Json a = Run({{"id", "n"},
                {"text", "The ministry did not ban the app. The council plans to ban scooters from the park."}});
  REQUIRE(a["claims"].size() == 2);
  CHECK(a["claims"][0]["type"] == "ban");
  CHECK(a["claims"][0]["negated"] == true);
  CHECK(a["claims"][1]["hypothetical"] == true);
  Json b = Run({{"id", "other-id"},
                {"text", "The ministry did not ban the app. The council plans to ban scooters from the park."}});
  CHECK(a["claims"][0]["claim_id"] == b["claims"][0]["claim_id"]);
  CHECK(a["claims"][0]["claim_id"] != a["claims"][1]["claim_id"]);
}

TEST_CASE("the word appeal as a plea and ban in a name are not claims", "[extract]") {
  Json out = Run({{"id", "p"},
                  {"text", "The candidate appealed to voters in Ohio. Secretary General Ban Ki-moon visited Seoul. "
                           "The plan's appeal is obvious."}});
  CHECK(out["claims"].empty());
}
