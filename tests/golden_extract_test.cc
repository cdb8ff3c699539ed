// Golden tests of the extract stage on the articles in tests/fixtures/articles/ (written
// for the tests): each article's extracted record must equal tests/golden/extract/NAME.json.
// After an intended change, regenerate with scripts/update-goldens.sh and review the diff.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/extract_stage.h"
#include "tests/test_paths.h"
#include "tests/test_util.h"

using namespace newsclaims;
using newsclaims::testing::Slurp;

TEST_CASE("extract output on the fixture articles matches the golden records", "[golden]") {
  namespace fs = std::filesystem;
  extract::Extractor extractor;
  extract::ExtractOptions options;
  options.data_dir = std::string(NEWSCLAIMS_SOURCE_DIR) + "/extract/data";
  REQUIRE(extractor.Init(options).ok());
  fs::path articles = fs::path(NEWSCLAIMS_SOURCE_DIR) / "tests/fixtures/articles";
  fs::path golden = fs::path(NEWSCLAIMS_SOURCE_DIR) / "tests/golden/extract";
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(articles)) {
    if (entry.path().extension() != ".txt") continue;
    std::string name = entry.path().stem().string();
    INFO(name);
    Json article = {{"id", name}, {"text", Slurp(entry.path())}, {"published", "2026-01-15T09:00:00Z"}};
    RecordContext ctx(std::chrono::steady_clock::now() + std::chrono::seconds(10));
    Json got = extractor.Extract(article, name, ctx);
    fs::path expected_path = golden / (name + ".json");
    REQUIRE(fs::exists(expected_path));
    CHECK(got.dump(1) == Json::parse(Slurp(expected_path)).dump(1));
    ++checked;
  }
  CHECK(checked >= 10);
}
