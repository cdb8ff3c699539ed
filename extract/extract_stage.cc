#include "extract/extract_stage.h"

#include "common/utf8.h"
#include "extract/analyzer.h"
#include "extract/attribution_builder.h"

namespace newsclaims::extract {
namespace {

Json SpanJson(const Document& doc, TokenSpan s) {
  if (s.empty()) return nullptr;
  CodePointSpan c = ToCodePoints(doc, s);
  return Json{{"start", c.start}, {"end", c.end}, {"text", std::string(doc.Slice(s.first, s.last))}};
}

}  // namespace

Extractor::Extractor() = default;
Extractor::~Extractor() = default;

Status Extractor::Init(const ExtractOptions& options) {
  options_ = options;
  analyzer_ = std::make_unique<Analyzer>();
  return analyzer_->Load(options.data_dir);
}

Json Extractor::Extract(Json& article, const std::string& id, const RecordContext& ctx) const {
  auto text_it = article.find("text");
  if (text_it == article.end() || text_it->is_null()) {
    std::string hint = article.contains("html") ? " (a page record: run `newsclaims parse` first)" : "";
    return ErrorRecord(id, "extract", Status::Error("missing_field", "record has no \"text\"" + hint), &article);
  }
  if (!text_it->is_string())
    return ErrorRecord(id, "extract", Status::Error("invalid_field", "\"text\" is not a string"), &article);
  const std::string& text = text_it->get_ref<const std::string&>();
  if (text.size() > options_.max_text_bytes)
    return ErrorRecord(id, "extract",
                       Status::Error("too_large", "text of " + std::to_string(text.size()) + " bytes exceeds the limit of " +
                                                      std::to_string(options_.max_text_bytes)),
                       &article);
  auto doc = analyzer_->Analyze(text);
  if (ctx.Expired()) return ErrorRecord(id, "extract", Status::Error("timeout", "record took too long"), &article);
  const Lexicons& lex = analyzer_->lexicons();

  Json out = std::move(article);
  out["id"] = id;
  Json sentences = Json::array();
  for (const Sentence& s : doc->sentences) {
    CodePointSpan c = ToCodePoints(*doc, {s.first, s.last});
    sentences.push_back({{"start", c.start}, {"end", c.end}});
  }
  out["sentences"] = std::move(sentences);

  std::vector<Attribution> attributions = BuildAttributions(*doc, lex);
  Json attrs = Json::array();
  for (const Attribution& a : attributions) {
    attrs.push_back({{"source", SpanJson(*doc, a.source)},
                     {"cue", SpanJson(*doc, a.cue)},
                     {"content", SpanJson(*doc, a.content)},
                     {"quote", a.quote},
                     {"source_type", a.source_type}});
  }
  out["attributions"] = std::move(attrs);
  if (options_.tokens) {
    Json toks = Json::array();
    for (size_t i = 0; i < doc->size(); ++i)
      toks.push_back({std::string(doc->tokens[i].text), std::string(doc->pos[i]), std::string(doc->ner[i]),
                      std::string(doc->cue[i]), std::string(doc->role[i])});
    out["tokens"] = std::move(toks);
  }
  return out;
}

}  // namespace newsclaims::extract
