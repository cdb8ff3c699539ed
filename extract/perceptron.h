// Averaged perceptron over hashed string features: the small, fast linear model behind
// every tagger in extract (part of speech, entities, attribution roles). Model files are
// written by PerceptronTrainer (see extract/train/) and read by PerceptronModel; features
// are 64-bit hashes of "template + value" strings, so the model stores no strings.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/status.h"

namespace newsclaims::extract {

// Collects the hashed features of one decision.
class FeatureSet {
 public:
  void Clear() { ids_.clear(); }
  // Adds feature `name` = `value` (the name is a short literal such as "w-1").
  void Add(std::string_view name, std::string_view value);
  void Add(std::string_view name, std::string_view v1, std::string_view v2);
  const std::vector<uint64_t>& ids() const { return ids_; }

 private:
  std::vector<uint64_t> ids_;
};

// A trained model, read-only and shareable between threads.
class PerceptronModel {
 public:
  Status Load(const std::string& path);
  bool loaded() const { return !labels_.empty(); }
  // The best label for `features`; writes every label's score to `scores` when not null.
  int Predict(const FeatureSet& features, std::vector<float>* scores = nullptr) const;
  // Adds `bias` to label 0's score ("O" in BIO models) in every later Predict: a negative
  // value trades precision for recall.
  void set_outside_bias(float bias) { outside_bias_ = bias; }
  const std::vector<std::string>& labels() const { return labels_; }
  // Index of `label`, or -1.
  int LabelIndex(std::string_view label) const;

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t offset = 0;
    uint32_t count = 0;
  };
  struct Weight {
    uint8_t label;
    float value;
  };
  std::vector<std::string> labels_;
  std::vector<Slot> slots_;  // open addressing, key 0 = empty
  std::vector<Weight> weights_;
  uint64_t mask_ = 0;
  float outside_bias_ = 0;
};

// Learns weights online and writes the averaged model.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(std::vector<std::string> labels);
  int Predict(const FeatureSet& features) const;
  // One training instance: moves weights towards `truth` when `guess` differs.
  void Update(int truth, int guess, const FeatureSet& features);
  // Writes the averaged weights, skipping features seen fewer than `min_count` times.
  Status Save(const std::string& path, int min_count) const;
  const std::vector<std::string>& labels() const { return labels_; }

 private:
  struct Row {
    std::vector<float> w;
    std::vector<double> total;
    std::vector<int64_t> stamp;
    int count = 0;
  };
  std::vector<std::string> labels_;
  std::unordered_map<uint64_t, Row> rows_;
  int64_t instances_ = 0;
};

}  // namespace newsclaims::extract
