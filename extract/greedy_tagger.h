// Greedy left-to-right sequence labelling with a perceptron: each token's label is
// predicted from features that may read the labels already given to earlier tokens.
// Shared by the part-of-speech, entity and attribution taggers and by their trainers.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/perceptron.h"

namespace newsclaims::extract {

// Labels so far: label(j) for j < i, as the label's name ("" before the sentence start).
class LabelHistory {
 public:
  LabelHistory(const std::vector<std::string>& names, const std::vector<uint8_t>& labels, size_t first)
      : names_(names), labels_(labels), first_(first) {}
  std::string_view operator()(size_t i, int back) const {
    if (i < first_ + back) return "<s>";
    return names_[labels_[i - back]];
  }

 private:
  const std::vector<std::string>& names_;
  const std::vector<uint8_t>& labels_;
  size_t first_;
};

// Adds the features of token `i` given the history of earlier labels in its sentence.
using FeatureFn = std::function<void(const Document&, size_t i, const LabelHistory&, FeatureSet&)>;

// Labels tokens of every sentence of `doc` with `model`, writing label indexes to `out`
// (resized to the token count). Tokens for which `skip` returns true keep `out`'s value.
void GreedyTag(const Document& doc, const PerceptronModel& model, const FeatureFn& features,
               std::vector<uint8_t>& out, const std::function<bool(size_t)>& skip = nullptr);

// One training pass over `doc` with gold labels `gold`; returns the number correct
// (and counts tokens in *total). Skipped tokens take their gold label in the history.
size_t GreedyTrain(const Document& doc, PerceptronTrainer& trainer, const FeatureFn& features,
                   const std::vector<uint8_t>& gold, size_t* total,
                   const std::function<bool(size_t)>& skip = nullptr);

}  // namespace newsclaims::extract
