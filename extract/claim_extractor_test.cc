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
// The first claim of `type`; the test stops when there is none.
Json RequireClaim(const std::string& text, const std::string& type) {
  Json c = FirstClaim(text, type);
  INFO(text);
  REQUIRE(c.is_object());
  return c;
}
std::string Text(const Json& party) { return party.is_object() ? party.value("text", "") : ""; }
}  // namespace

TEST_CASE("holding someone in contempt: the verb's subject is the actor, its object the target", "[extract][claims]") {
  Json c = RequireClaim("A House panel voted Thursday to hold Jane Roe, a former aide to the mayor, in contempt of "
                      "Congress for refusing to testify.",
                      "allegation");
  CHECK(Text(c["actor"]) == "A House panel");
  CHECK(Text(c["target"]) == "Jane Roe");
}

TEST_CASE("wrongdoing nouns take their target from by, possessives and modifiers", "[extract][claims]") {
  Json by = RequireClaim("\u201CWe strongly oppose violations of the treaty by Russia,\u201D Foreign Minister Ana Lima said.",
                       "allegation");
  CHECK(Text(by["target"]) == "Russia");
  CHECK(Text(by["actor"]).find("Ana Lima") != std::string::npos);
  CHECK(by["source"]["type"] == "named_person");
  CHECK(by["source"]["quote"] == "direct");
  Json modifier = RequireClaim("Protesters in Hong Kong marched against police brutality on Sunday.", "allegation");
  CHECK(Text(modifier["target"]) == "police");
}

TEST_CASE("a plural possessive before a noun trigger is its actor", "[extract][claims]") {
  Json c = RequireClaim("The Democrats' central allegation against the governor was rejected by the court.", "allegation");
  CHECK(Text(c["actor"]).find("Democrats") != std::string::npos);
}

TEST_CASE("a ban inside an accusation: its actor is the accused, its sourcing the accuser's", "[extract][claims]") {
  Json out = Run({{"id", "c"},
                  {"text", "Maria Lopez posted a video accusing Northwind Records of trying to stop her releasing "
                           "her old songs."}});
  Json ban, accusation;
  for (const Json& c : out["claims"]) (c["type"] == "ban" ? ban : accusation) = c;
  REQUIRE(ban.is_object());
  REQUIRE(accusation.is_object());
  CHECK(Text(accusation["actor"]) == "Maria Lopez");
  CHECK(Text(ban["actor"]) == "Northwind Records");
  CHECK(Text(ban["target"]) == "her");
  CHECK(ban["target"]["name"] == "Maria Lopez");
  CHECK(ban["source"]["type"] == accusation["source"]["type"]);
  CHECK(ban["source"]["type"] == "named_person");
}

TEST_CASE("what undergoes a noun trigger is its target, and the reporter is not the accuser", "[extract][claims]") {
  Json appeal = RequireClaim("The Clean Water Rule, if it survives the legal challenge, could close hundreds of mines.",
                           "appeal");
  CHECK(appeal["target"]["name"].get<std::string>().find("Clean Water") != std::string::npos);
  CHECK(appeal["actor"].is_null());
  Json denial = RequireClaim("The ministry said on Monday that the Harbour Board denied accusations of fraud.", "allegation");
  CHECK(Text(denial["target"]).find("Harbour Board") != std::string::npos);
  CHECK(denial["actor"].is_null());
}

TEST_CASE("a government before a ban noun's modifiers imposes it", "[extract][claims]") {
  Json c = RequireClaim("Analysts said U.S. economic sanctions on Burma had pushed the generals toward reform.", "ban");
  CHECK(Text(c["actor"]) == "U.S.");
  CHECK(Text(c["target"]) == "Burma");
}

TEST_CASE("whoever calls the allegations false is their target", "[extract][claims]") {
  Json out = Run({{"id", "c"},
                  {"text", "Residents accused the Harbour Board of dumping waste. The Harbour Board said the "
                           "allegations were false."}});
  REQUIRE(out["claims"].size() == 2);
  const Json& denial = out["claims"][1];
  CHECK(denial["trigger"]["text"] == "allegations");
  CHECK(denial["actor"].is_null());
  CHECK(Text(denial["target"]).find("Harbour Board") != std::string::npos);
}

TEST_CASE("noun mentions that name no party, and technical senses, are not claims", "[extract][claims]") {
  for (const char* text : {"The charter allows for sanctions and other nonmilitary forms of discipline.",
                           "The Audi comes with adaptive air suspension and larger brakes.",
                           "\u201CGod forbid we ask the agency anything,\u201D Senator Ray Gowdy said.",
                           "Ban Ki-moon, the secretary general, vowed to act.",
                           "Under Russian law the agencies may request assistance from Northwind Lab.",
                           "Governor Chris Christie opted to suspend his campaign after a sixth-place finish."}) {
    INFO(text);
    CHECK(Run({{"id", "n"}, {"text", text}})["claims"].empty());
  }
}

TEST_CASE("a first-person actor inside a quotation is its speaker", "[extract][claims]") {
  Json c = RequireClaim("Secretary of State Jon Hale said that if the ruling stands, \u201Cwe will appeal.\u201D", "appeal");
  CHECK(Text(c["actor"]).find("Jon Hale") != std::string::npos);
  CHECK(c["source"]["quote"] == "direct");
}

TEST_CASE("a wrongdoing verb in reported speech is an allegation against its subject", "[extract][claims]") {
  Json c = RequireClaim("The governors argue that the agency overstepped its authority when it issued the rules.",
                      "allegation");
  CHECK(Text(c["target"]) == "the agency");
  CHECK(c["source"]["type"] != "unattributed");
  // In the article's own voice the same verb is not a claim.
  CHECK(FirstClaim("The river overstepped its banks in March.", "allegation").is_null());
}

TEST_CASE("calling something a violation in quotes makes it the target", "[extract][claims]") {
  Json c = RequireClaim("The council issued a statement calling the missile test \u201Ca clear violation\u201D of the treaty.",
                      "allegation");
  CHECK(Text(c["target"]) == "the missile test");
  CHECK(Text(c["actor"]).find("council") != std::string::npos);
}

TEST_CASE("wrongdoing verbs accuse their subject; the speaker or the writer is the actor", "[extract][claims]") {
  Json quoted = RequireClaim("\u201CThe minister lied to parliament,\u201D said opposition leader Kate Morrow.", "allegation");
  CHECK(Text(quoted["target"]) == "The minister");
  CHECK(Text(quoted["actor"]).find("Kate Morrow") != std::string::npos);
  Json writer = RequireClaim("I know how the mayor is manipulating his voters.", "allegation");
  CHECK(Text(writer["target"]) == "the mayor");
  CHECK(Text(writer["actor"]) == "I");
}

TEST_CASE("adverb triggers accuse the subject of the verb they modify", "[extract][claims]") {
  Json after = RequireClaim("Officials said workers who entered the country illegally would be deported.", "allegation");
  CHECK(Text(after["target"]) == "workers");
  Json before = RequireClaim("The firm allegedly paid bribes to port officials.", "allegation");
  CHECK(Text(before["target"]) == "The firm");
  CHECK(before["actor"].is_null());
}

TEST_CASE("objects keep their participle modifiers and lose a dangling of", "[extract][claims]") {
  Json c = RequireClaim("All three candidates issued statements condemning the coordinated attacks.", "allegation");
  CHECK(Text(c["target"]) == "the coordinated attacks");
  Json of = RequireClaim("The petition accuses the city council of ignoring the law.", "allegation");
  CHECK(Text(of["target"]) == "the city council");
}

TEST_CASE("time phrases are not subjects, and from names who criticises", "[extract][claims]") {
  Json lawsuit = RequireClaim("Last month, he filed a lawsuit against the Harbour Board in federal court.", "appeal");
  CHECK(Text(lawsuit["actor"]) == "he");
  Json criticism = RequireClaim("The governor will face stepped-up criticism from the Harbour Board.", "allegation");
  CHECK(Text(criticism["actor"]).find("Harbour Board") != std::string::npos);
  CHECK(Text(criticism["target"]) == "The governor");
}

TEST_CASE("ban nouns: coordinated modifiers, a by inside the target, a time phrase", "[extract][claims]") {
  Json bans = RequireClaim("The judge struck down Mississippi's statutory and constitutional bans on same-sex marriage.", "ban");
  CHECK(Text(bans["actor"]) == "Mississippi");
  CHECK(Text(bans["target"]) == "same-sex marriage");
  Json by = RequireClaim("The state's ban on adoptions by same-sex couples was the last in the nation.", "ban");
  CHECK(Text(by["actor"]).find("couples") == std::string::npos);
  Json petition = RequireClaim("Nunberg filed a petition on Tuesday in the state supreme court to overturn the ruling.", "appeal");
  CHECK(Text(petition["target"]) != "Tuesday");
}

TEST_CASE("appeals to people are pleas; the charge after of and a trailing time are not the target", "[extract][claims]") {
  CHECK(FirstClaim("Both candidates sought to appeal to younger voters in Ohio on Tuesday.", "appeal").is_null());
  Json court = RequireClaim("The company appealed to the Supreme Court on Monday.", "appeal");
  CHECK(Text(court["actor"]) == "The company");
  Json accused = RequireClaim("Two other women have accused Mayor Dan Clark of sexual assault.", "allegation");
  CHECK(Text(accused["target"]) == "Mayor Dan Clark");
  Json suspension = RequireClaim("The league suspended Leon Brandt last season for doping.", "ban");
  CHECK(Text(suspension["target"]) == "Leon Brandt");
}
