// newsclaims-train: trains the extract stage's taggers (part of speech, entities,
// attribution cues, attribution sources and contents) from PolNeAR and its silver
// CoreNLP analyses, and writes the models into a data directory. Deterministic: the same
// data and the same code give byte-identical models. Run by scripts/train-models.sh.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <random>
#include <memory>
#include <set>

#include "extract/greedy_tagger.h"
#include "extract/lexicon.h"
#include "extract/tagger_features.h"
#include "extract/train/polnear_corpus.h"

using namespace newsclaims;
using namespace newsclaims::extract;

namespace {

struct Task {
  const char* name;
  std::vector<std::string> train::AnnotatedDoc::*gold;
  std::vector<std::string_view> Document::*slot;
  FeatureFn features;
  int epochs;
  bool skip_cues;  // role tagging skips tokens that are cues
};

std::vector<std::string> LabelsOf(std::vector<train::AnnotatedDoc>& docs, std::vector<std::string> train::AnnotatedDoc::*gold) {
  std::set<std::string> s;
  for (auto& d : docs)
    for (auto& l : d.*gold) s.insert(l);
  s.erase("O");
  std::vector<std::string> out = {"O"};
  out.insert(out.end(), s.begin(), s.end());
  return out;
}

std::vector<uint8_t> Indexes(const std::vector<std::string>& labels, const std::vector<std::string>& gold) {
  std::vector<uint8_t> out;
  for (const auto& g : gold) {
    auto it = std::find(labels.begin(), labels.end(), g);
    out.push_back(it == labels.end() ? 0 : static_cast<uint8_t>(it - labels.begin()));
  }
  return out;
}

void Apply(Document& doc, const PerceptronModel& model, const FeatureFn& features,
           std::vector<std::string_view> Document::*slot, bool skip_cues) {
  std::vector<uint8_t> out;
  auto skip = [&](size_t i) { return doc.cue[i].size() > 1; };
  GreedyTag(doc, model, features, out, skip_cues ? std::function<bool(size_t)>(skip) : nullptr);
  auto& v = doc.*slot;
  v.resize(doc.size());
  for (size_t i = 0; i < doc.size(); ++i) v[i] = skip_cues && skip(i) ? std::string_view("O") : std::string_view(model.labels()[out[i]]);
}

// Token accuracy and span F1 (for BIO labels) of `model` on `docs`.
void Evaluate(const char* name, std::vector<train::AnnotatedDoc>& docs, const Task& task) {
  size_t correct = 0, total = 0, tp = 0, np = 0, ng = 0;
  for (auto& d : docs) {
    const auto& pred = (*d.doc).*task.slot;
    const auto& gold = d.*task.gold;
    auto spans = [&](auto get) {
      std::set<std::tuple<size_t, size_t, std::string>> out;
      for (size_t i = 0; i < gold.size(); ++i) {
        std::string l(get(i));
        if (l.size() < 3 || l[0] != 'B') continue;
        size_t j = i + 1;
        while (j < gold.size() && std::string(get(j)) == "I-" + l.substr(2)) ++j;
        out.insert({i, j, l.substr(2)});
      }
      return out;
    };
    for (size_t i = 0; i < gold.size(); ++i) {
      correct += pred[i] == gold[i];
      ++total;
    }
    auto g = spans([&](size_t i) { return std::string_view(gold[i]); });
    auto p = spans([&](size_t i) { return pred[i]; });
    ng += g.size();
    np += p.size();
    for (const auto& s : p) tp += g.count(s);
  }
  double prec = np ? double(tp) / np : 0, rec = ng ? double(tp) / ng : 0;
  std::fprintf(stderr, "%s dev: token accuracy %.4f, spans P %.3f R %.3f F1 %.3f\n", name,
               double(correct) / std::max<size_t>(total, 1), prec, rec, prec + rec ? 2 * prec * rec / (prec + rec) : 0);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("Train the extract stage's tagger models from PolNeAR (see docs/extract.md).", "newsclaims-train");
  std::string polnear, out_dir, data_dir;
  int epochs = 8;
  app.add_option("--polnear", polnear, "PolNeAR directory with train/, dev/ and *.silver.conllu.gz")->required();
  app.add_option("--out", out_dir, "directory the models are written to")->required();
  app.add_option("--data-dir", data_dir, "directory of the lexicons (default: extract/data)");
  app.add_option("--epochs", epochs, "passes over the training data");
  CLI11_PARSE(app, argc, argv);

  std::string dir = DataDirectory(data_dir);
  WordSet abbreviations, no_break, reporting, titles;
  for (auto [file, set] : {std::pair{"abbreviations.txt", &abbreviations}, {"no_break_after.txt", &no_break},
                           {"reporting_verbs.txt", &reporting}, {"titles.txt", &titles}}) {
    Status s = LoadWordSet(dir + "/" + file, set);
    if (!s.ok()) {
      std::fprintf(stderr, "newsclaims-train: %s\n", s.ToString().c_str());
      return 3;
    }
  }
  FeatureLexicons lex{&reporting, &titles};
  train::PolnearCorpus train_set, dev_set;
  for (auto [c, split] : {std::pair{&train_set, "train"}, {&dev_set, "dev"}}) {
    Status s = c->Load(polnear + "/" + split, polnear + "/" + split + ".silver.conllu.gz", abbreviations, no_break);
    if (!s.ok()) {
      std::fprintf(stderr, "newsclaims-train: %s\n", s.ToString().c_str());
      return 3;
    }
    std::fprintf(stderr, "%s: %zu articles\n", split, c->docs().size());
  }
  auto& train_docs = train_set.docs();
  auto& dev_docs = dev_set.docs();
  // Gold cues are what the role tagger trains on; predicted cues are what it sees later.
  auto set_gold_cues = [](std::vector<train::AnnotatedDoc>& docs) {
    for (auto& d : docs) d.doc->cue.assign(d.cue.begin(), d.cue.end());
  };

  std::vector<Task> tasks = {
      {"pos", &train::AnnotatedDoc::pos, &Document::pos, PosFeatures, std::min(epochs, 6), false},
      {"entities", &train::AnnotatedDoc::ner, &Document::ner,
       [&](const Document& d, size_t i, const LabelHistory& h, FeatureSet& f) { EntityFeatures(d, i, h, f, lex); },
       epochs, false},
      {"cues", &train::AnnotatedDoc::cue, &Document::cue,
       [&](const Document& d, size_t i, const LabelHistory& h, FeatureSet& f) { CueFeatures(d, i, h, f, lex); },
       epochs, false},
      {"roles", &train::AnnotatedDoc::role, &Document::role, RoleFeatures, epochs, true},
  };
  // Documents hold views of label names, so every model stays alive until the end.
  std::vector<std::unique_ptr<PerceptronModel>> models;
  for (const Task& task : tasks) {
    if (task.skip_cues) set_gold_cues(train_docs);
    std::vector<std::string> labels = LabelsOf(train_docs, task.gold);
    PerceptronTrainer trainer(labels);
    std::vector<std::vector<uint8_t>> gold;
    for (auto& d : train_docs) gold.push_back(Indexes(labels, d.*task.gold));
    std::vector<size_t> order(train_docs.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937 rng(20261123);
    for (int e = 0; e < task.epochs; ++e) {
      std::shuffle(order.begin(), order.end(), rng);
      size_t correct = 0, total = 0;
      for (size_t k : order) {
        Document& doc = *train_docs[k].doc;
        auto skip = [&](size_t i) { return doc.cue[i].size() > 1; };
        correct += GreedyTrain(doc, trainer, task.features, gold[k], &total,
                               task.skip_cues ? std::function<bool(size_t)>(skip) : nullptr);
      }
      std::fprintf(stderr, "%s epoch %d: train accuracy %.4f\n", task.name, e + 1, double(correct) / total);
    }
    std::string path = out_dir + "/" + task.name + ".model.gz";
    Status s = trainer.Save(path, 2);
    models.push_back(std::make_unique<PerceptronModel>());
    PerceptronModel& model = *models.back();
    if (s.ok()) s = model.Load(path);
    if (!s.ok()) {
      std::fprintf(stderr, "newsclaims-train: %s\n", s.ToString().c_str());
      return 3;
    }
    // Later tasks read this task's predicted labels (cues: on dev only; train keeps gold).
    for (auto& d : train_docs) Apply(*d.doc, model, task.features, task.slot, task.skip_cues);
    for (auto& d : dev_docs) Apply(*d.doc, model, task.features, task.slot, task.skip_cues);
    Evaluate(task.name, dev_docs, task);
  }
  return 0;
}
