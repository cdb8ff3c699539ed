// The bad-input corpus (tests/bad_inputs/cases.json and generated giants): every case
// must give one output line per input line with the expected error code or a sensible
// result, exit 0 or 1 (never a crash), within 10 s and 2 GB of address space per stage.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <sys/wait.h>
#include <zlib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/record.h"
#include "tests/test_paths.h"

using namespace newsclaims;

namespace {

namespace fs = std::filesystem;

// Seconds a case may take; sanitizer builds run several times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kSecondsLimit = 60;
#else
constexpr double kSecondsLimit = 10;
#endif

struct Result {
  int exit_code = -1;  // -1 = killed by a signal
  std::vector<std::string> lines;
  double seconds = 0;
};

Result RunStage(const std::string& stage, const std::vector<std::string>& args, const fs::path& input) {
  fs::path out = fs::temp_directory_path() / ("newsclaims_bad_input_out.jsonl." + std::to_string(getpid()));
#if defined(__SANITIZE_ADDRESS__)
  std::string cmd = "exec " + std::string(NEWSCLAIMS_BIN) + " " + stage;  // ASan reserves terabytes of address space
#else
  std::string cmd = "ulimit -v 2000000; exec " + std::string(NEWSCLAIMS_BIN) + " " + stage;
#endif
  for (const auto& a : args) cmd += " '" + a + "'";
  cmd += " '" + input.string() + "' > '" + out.string() + "' 2>/dev/null";
  auto start = std::chrono::steady_clock::now();
  int status = std::system(("bash -c \"" + cmd + "\"").c_str());
  Result r;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(out);
  std::string line;
  while (std::getline(in, line)) r.lines.push_back(line);
  return r;
}

// Checks one output line against an expectation: an error code, "ok" (no error),
// "reason:X" / "reason:*" (an empty article with that reason), or "any".
void CheckLine(const std::string& line, const std::string& expect) {
  INFO(line.substr(0, 300));
  Json r;
  REQUIRE(ParseRecord(line, RecordLimits(), &r).ok());
  if (expect == "any") return;
  std::string code = IsErrorRecord(r) ? r["error"].value("code", "") : "";
  if (expect == "ok") {
    CHECK(code == "");
  } else if (expect.rfind("reason:", 0) == 0) {
    CHECK(code == "");
    REQUIRE(r.contains("reason"));
    if (expect != "reason:*") CHECK(r["reason"] == expect.substr(7));
  } else {
    CHECK(code == expect);
  }
}

}  // namespace

TEST_CASE("every case of the bad-input corpus gives a bounded, sensible result", "[bad-input]") {
  fs::path dir = fs::path(NEWSCLAIMS_SOURCE_DIR) / "tests/bad_inputs";
  std::ifstream f(dir / "cases.json");
  Json cases = Json::parse(f);
  REQUIRE(cases.size() >= 40);
  for (const Json& c : cases) {
    std::string file = c["file"];
    INFO(file);
    Result r = RunStage(c["stage"], c["args"].get<std::vector<std::string>>(), dir / file);
    CHECK((r.exit_code == 0 || r.exit_code == 1));
    CHECK(r.seconds < kSecondsLimit);
    if (c["expect"].is_null()) continue;
    REQUIRE(r.lines.size() == c["expect"].size());
    for (size_t i = 0; i < r.lines.size(); ++i) CheckLine(r.lines[i], c["expect"][i]);
  }
}

TEST_CASE("generated giants: deep nesting, huge lines, texts and pages", "[bad-input]") {
  fs::path tmp = fs::temp_directory_path() / ("newsclaims_giants." + std::to_string(getpid()));
  fs::create_directories(tmp);
  auto write = [&](const std::string& name, const std::string& data) {
    std::ofstream(tmp / name, std::ios::binary) << data;
    return tmp / name;
  };
  std::string para = "<p>" + std::string(200, 'a') + " the council banned scooters.</p>";
  struct Giant {
    std::string name, stage;
    std::vector<std::string> args;
    std::string data, expect;
  };
  std::vector<Giant> giants = {
      {"deep-json.jsonl", "parse", {}, "{\"id\":\"a\",\"x\":" + std::string(100000, '[') + std::string(100000, ']') + "}\n",
       "invalid_json"},
      {"blank-page.jsonl", "parse", {}, Json({{"id", "a"}, {"html", std::string(500000, ' ')}}).dump() + "\n",
       "reason:*"},
      {"nested-divs.jsonl", "parse", {}, "", "too_complex"},
      {"megabyte-attribute.jsonl", "parse", {},
       Json({{"id", "a"}, {"html", "<html><body><div title=\"" + std::string(2 << 20, 'x') + "\">" + para + para + "</div></body></html>"}}).dump() + "\n",
       "any"},
      {"megabyte-word-line.jsonl", "extract", {}, Json({{"id", "a"}, {"text", std::string(1 << 20, 'w')}}).dump() + "\n", "ok"},
      {"oversized-line.jsonl", "parse", {"--max-record-bytes", "1000000"},
       Json({{"id", "big"}, {"html", std::string(2 << 20, 'x')}}).dump() + "\n" + Json({{"id", "next"}, {"html", para}}).dump() + "\n",
       "oversized_record"},
      {"fifty-megabytes-of-text.jsonl", "extract", {}, Json({{"id", "a"}, {"text", std::string(50u << 20, 'a')}}).dump() + "\n",
       "too_large"},
      {"twenty-megabyte-page.jsonl", "parse", {}, Json({{"id", "a"}, {"html", std::string(20u << 20, 'x')}}).dump() + "\n",
       "too_large"},
      {"four-megabytes-of-prose.jsonl", "extract", {},
       [] {
         std::string t;
         while (t.size() < (4u << 20) - 100) t += "The ministry banned the app on Friday, officials said. ";
         return Json({{"id", "a"}, {"text", t}}).dump() + "\n";
       }(),
       "any"},
      // No sentence ends: one "sentence" of 450,000 words used to take minutes (per-token
      // work grew with the sentence), so sentences are capped.
      {"two-megabytes-without-a-full-stop.jsonl", "extract", {},
       [] {
         std::string t;
         while (t.size() < (2u << 20)) t += "the sanctions and the allegations that it was illegally done ";
         return Json({{"id", "a"}, {"text", t}}).dump() + "\n";
       }(),
       "ok"},
  };
  std::string divs;
  for (int i = 0; i < 100000; ++i) divs += "<div>";
  giants[2].data = Json({{"id", "a"}, {"html", divs + "x"}}).dump() + "\n";
  for (const Giant& g : giants) {
    INFO(g.name);
    Result r = RunStage(g.stage, g.args, write(g.name, g.data));
    CHECK((r.exit_code == 0 || r.exit_code == 1));
    CHECK(r.seconds < kSecondsLimit);
    REQUIRE(!r.lines.empty());
    CheckLine(r.lines[0], g.expect);
    if (g.name == "oversized-line.jsonl") {
      REQUIRE(r.lines.size() == 2);  // the stream goes on after the giant line
      CheckLine(r.lines[1], "ok");
    }
  }
  // A gzip'd input cut off in the middle: the records before the cut come out, then an error.
  std::string gz_path = (tmp / "truncated.jsonl.gz").string();
  gzFile gz = gzopen(gz_path.c_str(), "wb");
  for (int i = 0; i < 200; ++i) {
    std::string l = Json({{"id", "r" + std::to_string(i)}, {"text", "The council banned scooters."}}).dump() + "\n";
    gzwrite(gz, l.data(), static_cast<unsigned>(l.size()));
  }
  gzclose(gz);
  fs::resize_file(gz_path, fs::file_size(gz_path) / 2);
  Result r = RunStage("extract", {}, gz_path);
  CHECK((r.exit_code == 0 || r.exit_code == 1));
  CHECK_FALSE(r.lines.empty());
  fs::remove_all(tmp);
}
