// End to end: the Kaspersky story as an HTML page with page furniture (written for this
// test) goes through `newsclaims parse | newsclaims extract`, and every claim is checked
// with its actor, target and source.
#include <catch2/catch.hpp>

#include <cstdio>
#include <memory>
#include <string>

#include "common/record.h"
#include "tests/test_paths.h"
#include "tests/test_util.h"

using namespace newsclaims;

namespace {
std::string RunPipeline() {
  std::string cmd = std::string(NEWSCLAIMS_BIN) + " parse " + NEWSCLAIMS_SOURCE_DIR +
                    "/tests/fixtures/pages/kaspersky-appeal.html | " + NEWSCLAIMS_BIN + " extract";
  return newsclaims::testing::ShellOutput(cmd);
}

const Json* Find(const Json& claims, const std::string& type, const std::string& trigger) {
  for (const Json& c : claims)
    if (c["type"] == type && c["trigger"]["text"] == trigger) return &c;
  return nullptr;
}

std::string Name(const Json& party) { return party.is_null() ? "" : party["name"].get<std::string>(); }
}  // namespace

TEST_CASE("the Kaspersky page yields its bans, appeals and allegations with their parties", "[golden][pipeline]") {
  Json record = Json::parse(RunPipeline());
  REQUIRE_FALSE(record.contains("error"));
  const Json& claims = record["claims"];

  const Json* appeal = Find(claims, "appeal", "is appealing");
  REQUIRE(appeal);
  CHECK(Name((*appeal)["actor"]) == "Kaspersky Lab");
  CHECK((*appeal)["source"]["type"] == "unattributed");

  const Json* ban = Find(claims, "ban", "ban");
  REQUIRE(ban);
  CHECK(Name((*ban)["target"]) == "Kaspersky Lab");

  const Json* directive = Find(claims, "ban", "remove");
  REQUIRE(directive);
  CHECK(Name((*directive)["actor"]) == "Elaine Duke");
  CHECK(Name((*directive)["target"]) == "Kaspersky Lab");

  const Json* concerns = Find(claims, "allegation", "concerns");
  REQUIRE(concerns);
  CHECK((*concerns)["actor"].is_null());
  CHECK(Name((*concerns)["target"]) == "Kaspersky Lab");

  const Json* overturn = Find(claims, "appeal", "overturn");  // "the company asked a federal judge to overturn"
  REQUIRE(overturn);
  CHECK(Name((*overturn)["actor"]) == "Kaspersky Lab");
  CHECK(Name((*overturn)["target"]) == "the directive");

  const Json* claimed = Find(claims, "allegation", "claimed");
  REQUIRE(claimed);
  CHECK(Name((*claimed)["actor"]) == "Kaspersky Lab");  // "It claimed ..."
  CHECK(Name((*claimed)["target"]) == "Department of Homeland Security");
  CHECK((*claimed)["source"]["type"] == "named_organization");
  CHECK((*claimed)["source"]["quote"] == "indirect");

  const Json* process = Find(claims, "allegation", "failed to provide");
  REQUIRE(process);
  CHECK(Name((*process)["actor"]) == "Kaspersky Lab");
  CHECK(Name((*process)["target"]) == "Department of Homeland Security");
  CHECK((*process)["source"]["type"] == "named_organization");
  CHECK((*process)["source"]["quote"] == "direct");

  const Json* barclays = Find(claims, "ban", "stopped offering");
  REQUIRE(barclays);
  CHECK(Name((*barclays)["actor"]) == "Barclays");
  CHECK((*barclays)["negated"] == false);

  CHECK(claims.size() == 8);  // no other claims: the NCSC warning is not a ban
  // The NCSC warning is not a ban.
  for (const Json& c : claims) CHECK(c["trigger"]["text"] != "warned");

  // Entities: the man and the company stay apart; DHS is an alias of the department.
  bool person = false, company = false, dhs = false;
  for (const Json& e : record["entities"]) {
    person |= e["name"] == "Eugene Kaspersky" && e["type"] == "PERSON";
    company |= e["name"] == "Kaspersky Lab" && e["type"] == "ORG";
    if (e["name"] == "Department of Homeland Security")
      for (const Json& a : e["aliases"]) dhs |= a == "DHS";
  }
  CHECK(person);
  CHECK(company);
  CHECK(dhs);
}
