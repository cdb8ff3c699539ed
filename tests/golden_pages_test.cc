// Golden end-to-end tests of the parse stage on the pages in tests/fixtures/pages/: each
// page's article record must equal tests/golden/parse/NAME.json. After an intended
// change, regenerate with scripts/update-goldens.sh and review the diff.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "parse/date_parse.h"
#include "parse/parse_stage.h"
#include "tests/test_paths.h"
#include "tests/test_util.h"

using namespace newsclaims;
using newsclaims::testing::Slurp;

TEST_CASE("parse output on the fixture pages matches the golden records", "[golden]") {
  namespace fs = std::filesystem;
  fs::path pages = fs::path(NEWSCLAIMS_SOURCE_DIR) / "tests/fixtures/pages";
  fs::path golden = fs::path(NEWSCLAIMS_SOURCE_DIR) / "tests/golden/parse";
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(pages)) {
    if (entry.path().extension() != ".html") continue;
    std::string name = entry.path().stem().string();
    INFO(name);
    Json page = {{"id", name}, {"url", "https://fixtures.example/" + name}, {"html", Slurp(entry.path())}};
    RecordContext ctx(std::chrono::steady_clock::now() + std::chrono::seconds(10));
    parse::ParseOptions options;
    options.today = parse::DaysFromCivil(2026, 1, 1);
    Json got = parse::ParsePage(page, name, options, ctx);
    fs::path expected_path = golden / (name + ".json");
    REQUIRE(fs::exists(expected_path));
    Json expected = Json::parse(Slurp(expected_path));
    CHECK(got.dump(1) == expected.dump(1));
    ++checked;
  }
  CHECK(checked >= 4);
}
