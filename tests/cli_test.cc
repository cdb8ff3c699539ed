// End-to-end tests of the executables: exit codes, --help/--version, one output line per
// input line with ids kept, and error records for every kind of bad input.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/test_paths.h"

namespace {

struct Result {
  int status;
  std::string out;
};

Result Run(const std::string& args, const std::string& stdin_text = "") {
  // One file per call: CTest runs test cases in parallel processes.
  static int calls = 0;
  std::string in_path = "/tmp/newsclaims_cli_stdin." + std::to_string(getpid()) + "." + std::to_string(calls++);
  std::ofstream(in_path, std::ios::binary) << stdin_text;
  std::string cmd = std::string(NEWSCLAIMS_BIN) + " " + args + " < " + in_path + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  std::remove(in_path.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> v;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) v.push_back(nlohmann::json::parse(line));
  return v;
}

}  // namespace

TEST_CASE("help, version and usage errors follow Unix conventions", "[cli]") {
  CHECK(Run("--help").status == 0);
  CHECK(Run("--help").out.find("Commands:") != std::string::npos);
  CHECK(Run("--version").out.rfind("newsclaims ", 0) == 0);
  CHECK(Run("parse --help").out.find("Examples:") != std::string::npos);
  CHECK(Run("parse --version").status == 0);
  CHECK(Run("").status == 2);
  CHECK(Run("prase").status == 2);
  CHECK(Run("parse --no-such-flag").status == 2);
  CHECK(Run("parse -j -3").status == 2);
}

TEST_CASE("parse exits 0 when every record succeeds", "[cli]") {
  std::string page = R"({"id":"a","url":"https://n.example/a","html":"<p>The council met on Tuesday to discuss the budget, which includes money for roads, parks, and libraries across the whole city.</p><p>Residents said they wanted more buses, and fewer car parks, and more trees on the main streets of the centre.</p>"})";
  Result r = Run("parse", page + "\n");
  CHECK(r.status == 0);
  auto lines = Lines(r.out);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]["id"] == "a");
}

TEST_CASE("bad input lines become error records, one per line, in order", "[cli]") {
  std::string input;
  input += R"({"id":"good","html":"<p>x</p>"})" "\n";
  input += R"({"id":"trunc","html":"<p>)" "\n";
  input += "{\"id\":\"badutf8\",\"html\":\"\xC3\x28\"}\n";
  input += R"({"id":"nohtml","url":"https://x.example/"})" "\n";
  input += R"({"id":"wrongtype","html":["a"]})" "\n";
  input += R"("just a string")" "\n";
  input += R"({"id":"nested","html":)" + std::string(5000, '[') + std::string(5000, ']') + "}\n";
  input += R"({"id":"dup","id":"dup2","html":"<p>x</p>"})" "\n";
  input += R"({"id":"bignum","n":1e400,"html":"<p>x</p>"})" "\n";
  input += R"({"id":"nul","html":"\u0000\u0001\u0002binary"})" "\n";
  input += R"({"id":"earlier","error":{"stage":"fetch","code":"timeout","message":"slow"}})" "\n";
  Result r = Run("parse --max-record-bytes 4000", input);
  CHECK(r.status == 1);
  auto lines = Lines(r.out);
  REQUIRE(lines.size() == 11);
  std::vector<std::string> ids, codes;
  for (auto& l : lines) {
    ids.push_back(l["id"]);
    codes.push_back(l.contains("error") ? l["error"]["code"].get<std::string>() : "");
  }
  CHECK(ids == std::vector<std::string>{"good", "trunc", "badutf8", "nohtml", "wrongtype", ids[5], "nested", "dup2",
                                        "bignum", "nul", "earlier"});
  CHECK(codes == std::vector<std::string>{"", "invalid_json", "invalid_utf8", "missing_field", "invalid_field",
                                          "invalid_json", "oversized_record", "", "invalid_json", "", "timeout"});
  CHECK(lines[9]["reason"] == "not_html");
}

TEST_CASE("raw HTML files and gzip'd JSON lines are read as inputs", "[cli]") {
  std::string page = std::string(NEWSCLAIMS_SOURCE_DIR) + "/tests/fixtures/pages/council-scooter-ban.html";
  Result r = Run("parse " + page + " /nonexistent.jsonl");
  CHECK(r.status == 1);
  auto lines = Lines(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["id"] == "council-scooter-ban");
  CHECK(lines[0]["title"] == "Riverton council votes to ban rental scooters downtown");
  CHECK(lines[1]["error"]["code"] == "io_error");
  std::system("printf '{\"id\":\"gz\",\"html\":\"<p>x</p>\"}\\n' | gzip > /tmp/newsclaims_cli.jsonl.gz");
  r = Run("parse /tmp/newsclaims_cli.jsonl.gz");
  REQUIRE(Lines(r.out).size() == 1);
  CHECK(Lines(r.out)[0]["id"] == "gz");
}
