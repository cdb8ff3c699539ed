#include "extract/analyzer.h"

#include "extract/greedy_tagger.h"

namespace newsclaims::extract {
namespace {

void Fill(const Document& doc, const PerceptronModel& model, const std::vector<uint8_t>& labels,
          std::vector<std::string_view>& out) {
  out.resize(doc.size());
  for (size_t i = 0; i < doc.size(); ++i) out[i] = model.labels()[labels[i]];
}

}  // namespace

Status Analyzer::Load(const std::string& data_dir) {
  std::string dir = DataDirectory(data_dir);
  std::pair<const char*, WordSet*> lists[] = {
      {"abbreviations.txt", &lex_.abbreviations},   {"no_break_after.txt", &lex_.no_break_after},
      {"reporting_verbs.txt", &lex_.reporting},     {"titles.txt", &lex_.titles},
      {"org_suffixes.txt", &lex_.org_suffixes},     {"anonymous_sources.txt", &lex_.anonymous_sources},
      {"media_outlets.txt", &lex_.media_outlets},   {"document_nouns.txt", &lex_.document_nouns},
      {"org_nouns.txt", &lex_.org_nouns},           {"person_nouns.txt", &lex_.person_nouns},
      {"government_words.txt", &lex_.government_words}, {"places.txt", &lex_.places},
  };
  for (auto& [file, set] : lists) {
    Status s = LoadWordSet(dir + "/" + file, set);
    if (!s.ok()) return s;
  }
  std::pair<const char*, PerceptronModel*> models[] = {
      {"pos.model.gz", &pos_}, {"entities.model.gz", &entities_}, {"cues.model.gz", &cues_}, {"roles.model.gz", &roles_}};
  for (auto& [file, model] : models) {
    Status s = model->Load(dir + "/" + file);
    if (!s.ok()) return s;
  }
  // Cues are rare and missing one loses a whole attribution: lean towards recall
  // (measured on PolNeAR dev, docs/extract.md).
  cues_.set_outside_bias(-2.0f);
  return Status::OK();
}

std::unique_ptr<Document> Analyzer::Analyze(std::string_view text) const {
  auto doc = std::make_unique<Document>(text, lex_.abbreviations, lex_.no_break_after);
  FeatureLexicons fl{&lex_.reporting, &lex_.titles};
  std::vector<uint8_t> labels;
  GreedyTag(*doc, pos_, PosFeatures, labels);
  Fill(*doc, pos_, labels, doc->pos);
  GreedyTag(*doc, entities_, [&](const Document& d, size_t i, const LabelHistory& h, FeatureSet& f) {
    EntityFeatures(d, i, h, f, fl);
  }, labels);
  Fill(*doc, entities_, labels, doc->ner);
  GreedyTag(*doc, cues_, [&](const Document& d, size_t i, const LabelHistory& h, FeatureSet& f) {
    CueFeatures(d, i, h, f, fl);
  }, labels);
  Fill(*doc, cues_, labels, doc->cue);
  labels.assign(doc->size(), 0);
  GreedyTag(*doc, roles_, RoleFeatures, labels, [&](size_t i) { return doc->cue[i].size() > 1; });
  Fill(*doc, roles_, labels, doc->role);
  return doc;
}

}  // namespace newsclaims::extract
