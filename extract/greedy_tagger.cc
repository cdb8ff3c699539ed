#include "extract/greedy_tagger.h"

namespace newsclaims::extract {

void GreedyTag(const Document& doc, const PerceptronModel& model, const FeatureFn& features,
               std::vector<uint8_t>& out, const std::function<bool(size_t)>& skip) {
  out.resize(doc.size(), 0);
  FeatureSet f;
  for (const Sentence& s : doc.sentences) {
    LabelHistory history(model.labels(), out, s.first);
    for (size_t i = s.first; i < s.last; ++i) {
      if (skip && skip(i)) continue;
      f.Clear();
      features(doc, i, history, f);
      out[i] = static_cast<uint8_t>(model.Predict(f));
    }
  }
}

size_t GreedyTrain(const Document& doc, PerceptronTrainer& trainer, const FeatureFn& features,
                   const std::vector<uint8_t>& gold, size_t* total, const std::function<bool(size_t)>& skip) {
  std::vector<uint8_t> out(doc.size(), 0);
  FeatureSet f;
  size_t correct = 0;
  for (const Sentence& s : doc.sentences) {
    LabelHistory history(trainer.labels(), out, s.first);
    for (size_t i = s.first; i < s.last; ++i) {
      if (skip && skip(i)) {
        out[i] = gold[i];
        continue;
      }
      f.Clear();
      features(doc, i, history, f);
      int guess = trainer.Predict(f);
      trainer.Update(gold[i], guess, f);
      out[i] = static_cast<uint8_t>(guess);
      correct += guess == gold[i];
      ++*total;
    }
  }
  return correct;
}

}  // namespace newsclaims::extract
