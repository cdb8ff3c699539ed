#include "extract/perceptron.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace newsclaims::extract;

TEST_CASE("perceptron learns, saves and loads a separable problem", "[perceptron]") {
  PerceptronTrainer trainer({"O", "CUE"});
  auto features = [](const char* word) {
    FeatureSet f;
    f.Add("w", word);
    return f;
  };
  const char* cues[] = {"said", "told", "added"};
  const char* others[] = {"the", "bank", "on", "ban"};
  for (int epoch = 0; epoch < 20; ++epoch) {
    for (const char* w : cues) trainer.Update(1, trainer.Predict(features(w)), features(w));
    for (const char* w : others) trainer.Update(0, trainer.Predict(features(w)), features(w));
  }
  std::string path = (std::filesystem::temp_directory_path() / ("newsclaims_perceptron_test.model.gz." + std::to_string(getpid()))).string();
  REQUIRE(trainer.Save(path, 1).ok());
  PerceptronModel model;
  REQUIRE(model.Load(path).ok());
  CHECK(model.labels() == std::vector<std::string>{"O", "CUE"});
  CHECK(model.LabelIndex("CUE") == 1);
  for (const char* w : cues) CHECK(model.Predict(features(w)) == 1);
  for (const char* w : others) CHECK(model.Predict(features(w)) == 0);
  std::filesystem::remove(path);
}

TEST_CASE("perceptron model loading rejects missing and corrupt files", "[perceptron]") {
  PerceptronModel model;
  CHECK(model.Load("/nonexistent/model.gz").code() == "missing_data");
  std::string path = (std::filesystem::temp_directory_path() / ("newsclaims_corrupt.model.gz." + std::to_string(getpid()))).string();
  std::ofstream(path) << "not a model";
  CHECK(model.Load(path).code() == "bad_data");
  CHECK_FALSE(model.loaded());
  std::filesystem::remove(path);
}
