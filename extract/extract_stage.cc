#include "extract/extract_stage.h"

#include "common/utf8.h"
#include "extract/analyzer.h"
#include "extract/attribution_builder.h"
#include "extract/claim_extractor.h"
#include "extract/date_mentions.h"
#include "extract/entity_linker.h"

namespace newsclaims::extract {
namespace {

Json SpanJson(const Document& doc, TokenSpan s) {
  if (s.empty()) return nullptr;
  CodePointSpan c = ToCodePoints(doc, s);
  return Json{{"start", c.start}, {"end", c.end}, {"text", std::string(doc.Slice(s.first, s.last))}};
}

// Links each attribution's source to the entity its words belong to; a pronoun or a
// description that resolves to a person or an organisation also fixes the source type.
void LinkSources(const Document& doc, const std::vector<Entity>& entities, const std::vector<int>& entity_of,
                 std::vector<Attribution>& attributions) {
  for (Attribution& a : attributions) {
    // The entity with the most words in the source ("a Kaspersky Lab statement"), before
    // any apposition ("Eugene Kaspersky, chief executive of Kaspersky Lab").
    size_t best = 0, end = a.source.first;
    while (end < a.source.last && doc.lower[end] != ",") ++end;
    for (size_t i = a.source.first; i < end; ++i) {
      if (entity_of[i] < 0) continue;
      size_t n = 0;
      for (size_t j = a.source.first; j < end; ++j) n += entity_of[j] == entity_of[i];
      if (n >= best) {  // ties go to the later mention, the head of the phrase
        best = n;
        a.entity = entity_of[i];
      }
    }
    if (a.entity < 0) continue;
    const Entity& e = entities[a.entity];
    if (a.source_type == "media_report" || a.source_type == "official_document") continue;
    if (e.type == "PERSON") a.source_type = "named_person";
    else if (e.type == "ORG") a.source_type = "named_organization";
  }
}

Json PartyJson(const Document& doc, const std::vector<Entity>& entities, const ClaimParty& p) {
  if (p.text.empty()) return nullptr;
  return {{"text", std::string(doc.Slice(p.text.first, p.text.last))},
          {"name", p.name},
          {"entity", p.entity >= 0 ? Json(entities[p.entity].id) : Json(nullptr)}};
}

Json ClaimJson(const Document& doc, const std::vector<Entity>& entities, const Claim& c) {
  CodePointSpan t = ToCodePoints(doc, c.trigger);
  const Sentence& s = doc.sentences[c.sentence];
  CodePointSpan sc = ToCodePoints(doc, {s.first, s.last});
  // Stable id: the same claim in the same text gets the same id on every run.
  std::string key = c.type + ":" + std::to_string(t.start) + ":" + std::to_string(t.end) + ":" +
                    std::string(doc.Slice(s.first, s.last));
  Json j = {{"claim_id", "c" + StableId(key).substr(1)},
            {"type", c.type},
            {"trigger", {{"start", t.start}, {"end", t.end}, {"text", std::string(doc.Slice(c.trigger.first, c.trigger.last))}}},
            {"actor", PartyJson(doc, entities, c.actor)},
            {"target", PartyJson(doc, entities, c.target)},
            {"content", c.content.empty() ? Json(nullptr) : Json(std::string(doc.Slice(c.content.first, c.content.last)))},
            {"negated", c.negated},
            {"hypothetical", c.hypothetical},
            {"source", {{"type", c.source_type},
                        {"text", c.source_text.empty() ? Json(nullptr) : Json(std::string(doc.Slice(c.source_text.first, c.source_text.last)))},
                        {"quote", c.quote},
                        {"attribution", c.attribution >= 0 ? Json(c.attribution) : Json(nullptr)}}},
            {"sentence", {{"start", sc.start}, {"end", sc.end}}}};
  return j;
}

}  // namespace

Extractor::Extractor() = default;
Extractor::~Extractor() = default;

Status Extractor::Init(const ExtractOptions& options) {
  options_ = options;
  analyzer_ = std::make_unique<Analyzer>();
  claim_lex_ = std::make_unique<ClaimLexicon>();
  std::string dir = DataDirectory(options.data_dir);  // resolved once for both loaders
  Status s = analyzer_->Load(dir);
  return s.ok() ? claim_lex_->Load(dir) : s;
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

  std::vector<int> entity_of;
  std::vector<Entity> entities = LinkEntities(*doc, lex, &entity_of);
  Json ents = Json::array();
  for (const Entity& e : entities) {
    Json mentions = Json::array();
    for (const EntityMention& m : e.mentions) {
      Json j = SpanJson(*doc, m.span);
      j["kind"] = m.kind;
      mentions.push_back(std::move(j));
    }
    ents.push_back({{"id", e.id}, {"type", e.type}, {"name", e.name}, {"mentions", std::move(mentions)},
                    {"aliases", e.aliases}, {"roles", e.roles}});
  }
  out["entities"] = std::move(ents);

  std::vector<Attribution> attributions = BuildAttributions(*doc, lex);
  LinkSources(*doc, entities, entity_of, attributions);
  Json attrs = Json::array();
  for (const Attribution& a : attributions) {
    Json j = {{"source", SpanJson(*doc, a.source)},
              {"cue", SpanJson(*doc, a.cue)},
              {"content", SpanJson(*doc, a.content)},
              {"quote", a.quote},
              {"source_type", a.source_type},
              {"entity", a.entity >= 0 ? Json(entities[a.entity].id) : Json(nullptr)}};
    if (a.entity >= 0) j["source_name"] = entities[a.entity].name;
    attrs.push_back(std::move(j));
  }
  out["attributions"] = std::move(attrs);

  Json claims = Json::array();
  for (const Claim& c : ExtractClaims(*doc, *claim_lex_, lex, entities, entity_of, attributions))
    claims.push_back(ClaimJson(*doc, entities, c));
  out["claims"] = std::move(claims);

  std::optional<CivilDate> published;
  if (auto p = GetString(out, "published")) published = ParseIsoDate(*p);
  CodePointIndex cps(text);
  Json dates = Json::array();
  for (const DateMention& d : FindDates(text, published))
    dates.push_back({{"start", cps.ToCodePoint(d.begin)}, {"end", cps.ToCodePoint(d.end)}, {"text", d.text},
                     {"value", d.value.empty() ? Json(nullptr) : Json(d.value)}});
  out["dates"] = std::move(dates);
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
