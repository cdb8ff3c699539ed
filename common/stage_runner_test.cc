// Tests for common/stage_runner.cc: one output per input, order, errors, threads.
#include "common/stage_runner.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <thread>

using namespace newsclaims;

namespace {

std::vector<Json> RunOn(const std::string& input, int threads, const RecordFn& fn, StageSummary* summary) {
  std::string in_path = "/tmp/newsclaims_runner_in.jsonl." + std::to_string(getpid());
  std::ofstream(in_path) << input;
  StageOptions options;
  options.stage = "test";
  options.threads = threads;
  options.limits.max_line_bytes = 1000;
  std::vector<std::unique_ptr<RecordSource>> sources;
  sources.push_back(std::make_unique<JsonLinesSource>(in_path, options.limits));
  std::FILE* out = std::tmpfile();
  *summary = RunStage(options, std::move(sources), fn, out);
  std::rewind(out);
  std::vector<Json> records;
  char buf[8192];
  std::string line;
  while (std::fgets(buf, sizeof buf, out)) {
    line += buf;
    if (!line.empty() && line.back() == '\n') {
      records.push_back(Json::parse(line));
      line.clear();
    }
  }
  std::fclose(out);
  return records;
}

Json Echo(Json& in, const std::string& id, const RecordContext&) {
  Json out = {{"id", id}, {"n", in.value("n", 0) * 2}};
  return out;
}

}  // namespace

TEST_CASE("RunStage writes one record per input line, in order, with many threads", "[stage_runner]") {
  std::string input;
  for (int i = 0; i < 500; ++i) input += "{\"id\":\"r" + std::to_string(i) + "\",\"n\":" + std::to_string(i) + "}\n";
  for (int threads : {1, 2, 7}) {
    StageSummary summary;
    auto slow_then_fast = [](Json& in, const std::string& id, const RecordContext& ctx) {
      if (in.value("n", 0) % 13 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(2));
      return Echo(in, id, ctx);
    };
    auto out = RunOn(input, threads, slow_then_fast, &summary);
    REQUIRE(out.size() == 500);
    for (int i = 0; i < 500; ++i) {
      CHECK(out[i]["id"] == "r" + std::to_string(i));
      CHECK(out[i]["n"] == 2 * i);
    }
    CHECK(summary.errors == 0);
  }
}

TEST_CASE("Bad lines become error records and the stream goes on", "[stage_runner]") {
  std::string input =
      "{\"id\":\"ok1\",\"n\":1}\n"
      "{\"id\":\"broken\",\"n\":\n"
      "\n"
      "[1,2]\n" +
      std::string("{\"id\":\"huge\",\"pad\":\"") + std::string(2000, 'x') + "\"}\n"
      "{\"id\":\"failed\",\"error\":{\"stage\":\"fetch\",\"code\":\"timeout\",\"message\":\"slow\"}}\n"
      "{\"id\":\"throws\",\"n\":5}\n"
      "{\"url\":\"https://a.example/\",\"n\":3}\n";
  StageSummary summary;
  auto fn = [](Json& in, const std::string& id, const RecordContext& ctx) -> Json {
    if (id == "throws") throw std::runtime_error("boom");
    return Echo(in, id, ctx);
  };
  auto out = RunOn(input, 2, fn, &summary);
  REQUIRE(out.size() == 7);
  CHECK(out[0]["n"] == 2);
  CHECK(out[1]["id"] == "broken");
  CHECK(out[1]["error"]["code"] == "invalid_json");
  CHECK(out[1]["error"]["stage"] == "test");
  CHECK(out[2]["error"]["message"] == "expected a JSON object, got array");
  CHECK(out[3]["id"] == "huge");
  CHECK(out[3]["error"]["code"] == "oversized_record");
  CHECK(out[4]["error"]["stage"] == "fetch");  // passed through unchanged
  CHECK(out[5]["error"]["code"] == "internal_error");
  CHECK(out[5]["error"]["message"] == "boom");
  CHECK(out[6]["id"] == StableId("https://a.example/"));
  CHECK(summary.errors == 5);
  CHECK(summary.records == 7);
}

TEST_CASE("An unreadable input file becomes one error record", "[stage_runner]") {
  StageOptions options;
  options.stage = "test";
  options.threads = 1;
  std::vector<std::unique_ptr<RecordSource>> sources;
  sources.push_back(std::make_unique<JsonLinesSource>("/nonexistent.jsonl", options.limits));
  std::FILE* out = std::tmpfile();
  StageSummary summary = RunStage(options, std::move(sources), Echo, out);
  CHECK(summary.records == 1);
  CHECK(summary.errors == 1);
  std::fclose(out);
}
