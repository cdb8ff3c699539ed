#include "extract/tagger_features.h"

#include <string>

namespace newsclaims::extract {
namespace {

// The value of a per-token column at token i + offset, or a sentence-edge marker.
template <typename Column>
std::string_view At(const Document& doc, const Column& column, size_t i, long offset) {
  const Sentence& s = doc.sentences[doc.sentence_of[i]];
  long j = static_cast<long>(i) + offset;
  if (j < static_cast<long>(s.first)) return "<s>";
  if (j >= static_cast<long>(s.last)) return "</s>";
  return column[j];
}

std::string_view Word(const Document& doc, size_t i, long offset) { return At(doc, doc.lower, i, offset); }
std::string_view Pos(const Document& doc, size_t i, long offset) { return At(doc, doc.pos, i, offset); }

std::string_view Suffix(std::string_view s, size_t n) { return s.size() > n ? s.substr(s.size() - n) : s; }
std::string_view Prefix(std::string_view s, size_t n) { return s.size() > n ? s.substr(0, n) : s; }

const char* Bucket(size_t d) {
  static const char* kNames[] = {"0", "1", "2", "3", "4-6", "7-10", "11-20", "21+"};
  if (d <= 3) return kNames[d];
  if (d <= 6) return kNames[4];
  if (d <= 10) return kNames[5];
  if (d <= 20) return kNames[6];
  return kNames[7];
}

bool IsCue(const Document& doc, size_t j) { return doc.cue[j].size() > 1; }

bool NounPhraseTag(std::string_view p) {
  return p.starts_with("NN") || p == "DT" || p.starts_with("JJ") || p == "PRP" || p == "PRP$" || p == "POS" ||
         p == "CD" || p == "," || p == "HYPH" || p == "CC" || p == "IN" || p == "-LRB-" || p == "-RRB-";
}

// Collapsed entity type of a BIO label ("B-PERSON" -> "PERSON").
std::string_view EntityType(std::string_view label) { return label.size() > 2 ? label.substr(2) : label; }

}  // namespace

void PosFeatures(const Document& doc, size_t i, const LabelHistory& tags, FeatureSet& f) {
  std::string_view w = doc.lower[i];
  f.Add("b", "");
  f.Add("w", w);
  f.Add("s3", Suffix(w, 3));
  f.Add("s2", Suffix(w, 2));
  f.Add("p1", Prefix(doc.tokens[i].text, 1));
  f.Add("sh", doc.shape[i]);
  f.Add("t1", tags(i, 1));
  f.Add("t12", tags(i, 1), tags(i, 2));
  f.Add("t1w", tags(i, 1), w);
  f.Add("w-1", Word(doc, i, -1));
  f.Add("s3-1", Suffix(Word(doc, i, -1), 3));
  f.Add("w-2", Word(doc, i, -2));
  f.Add("w+1", Word(doc, i, 1));
  f.Add("s3+1", Suffix(Word(doc, i, 1), 3));
  f.Add("w+2", Word(doc, i, 2));
  bool first = i == doc.sentences[doc.sentence_of[i]].first;
  f.Add("first", first ? "y" : "n", doc.shape[i]);
}

void EntityFeatures(const Document& doc, size_t i, const LabelHistory& tags, FeatureSet& f,
                    const FeatureLexicons& lex) {
  std::string_view w = doc.lower[i], t = doc.tokens[i].text;
  std::string_view p1 = tags(i, 1);
  f.Add("b", "");
  f.Add("w", w);
  f.Add("t", t);
  f.Add("sh", doc.shape[i]);
  f.Add("p", doc.pos[i]);
  f.Add("s3", Suffix(w, 3));
  f.Add("s4", Suffix(w, 4));
  f.Add("p3", Prefix(w, 3));
  f.Add("w-1", Word(doc, i, -1));
  f.Add("w+1", Word(doc, i, 1));
  f.Add("w-2", Word(doc, i, -2));
  f.Add("w+2", Word(doc, i, 2));
  f.Add("p-1", Pos(doc, i, -1));
  f.Add("p+1", Pos(doc, i, 1));
  f.Add("pp", Pos(doc, i, -1), doc.pos[i]);
  f.Add("pn", doc.pos[i], Pos(doc, i, 1));
  f.Add("sh-1", i > 0 ? std::string_view(doc.shape[i - 1]) : "<s>", doc.shape[i]);
  f.Add("sh+1", doc.shape[i], i + 1 < doc.size() ? std::string_view(doc.shape[i + 1]) : "</s>");
  f.Add("t1", p1);
  f.Add("t12", p1, tags(i, 2));
  f.Add("t1sh", p1, doc.shape[i]);
  f.Add("t1w", p1, w);
  f.Add("t1p", p1, doc.pos[i]);
  bool first = i == doc.sentences[doc.sentence_of[i]].first;
  f.Add("first", first ? "y" : "n", doc.shape[i]);
  f.Add("q", doc.tokens[i].in_quote ? "y" : "n");
  if (lex.titles && lex.titles->Contains(Word(doc, i, -1))) f.Add("title-1", "");
  if (lex.titles && lex.titles->Contains(w)) f.Add("title", "");
}

void CueFeatures(const Document& doc, size_t i, const LabelHistory& tags, FeatureSet& f, const FeatureLexicons& lex) {
  std::string_view w = doc.lower[i];
  std::string_view p1 = tags(i, 1);
  const Sentence& s = doc.sentences[doc.sentence_of[i]];
  f.Add("b", "");
  f.Add("w", w);
  f.Add("p", doc.pos[i]);
  f.Add("wp", w, doc.pos[i]);
  f.Add("s3", Suffix(w, 3));
  f.Add("w-1", Word(doc, i, -1));
  f.Add("w+1", Word(doc, i, 1));
  f.Add("w-2", Word(doc, i, -2));
  f.Add("w+2", Word(doc, i, 2));
  f.Add("ww+1", w, Word(doc, i, 1));
  f.Add("w-1w", Word(doc, i, -1), w);
  f.Add("p-1", Pos(doc, i, -1));
  f.Add("p+1", Pos(doc, i, 1));
  f.Add("p+2", Pos(doc, i, 2));
  f.Add("pp+1", doc.pos[i], Pos(doc, i, 1));
  f.Add("wp+1", w, Pos(doc, i, 1));
  f.Add("ne-1", i > s.first ? EntityType(doc.ner[i - 1]) : "<s>");
  f.Add("ne+1", i + 1 < s.last ? EntityType(doc.ner[i + 1]) : "</s>");
  f.Add("t1", p1);
  f.Add("t1w", p1, w);
  f.Add("q", doc.tokens[i].in_quote ? "y" : "n", doc.pos[i]);
  if (lex.reporting) {
    if (lex.reporting->Contains(w)) f.Add("lex", doc.pos[i]);
    if (lex.reporting->Contains(Word(doc, i, -1))) f.Add("lex-1", w);
  }
  bool quote_before = false, quote_after = false;
  for (size_t j = s.first; j < s.last; ++j) {
    if (doc.tokens[j].in_quote) (j < i ? quote_before : quote_after) = true;
  }
  f.Add("qs", quote_before ? "y" : "n", quote_after ? "y" : "n");
  f.Add("pos-in-s", Bucket(i - s.first), Bucket(s.last - 1 - i));
}

void RoleFeatures(const Document& doc, size_t i, const LabelHistory& tags, FeatureSet& f) {
  const size_t si = doc.sentence_of[i];
  const Sentence& s = doc.sentences[si];
  std::string_view w = doc.lower[i];
  std::string_view p1 = tags(i, 1);
  // Nearest cue before and after the token in its sentence.
  long before = -1, after = -1;
  for (long j = static_cast<long>(i) - 1; j >= static_cast<long>(s.first); --j)
    if (IsCue(doc, j)) { before = j; break; }
  for (size_t j = i + 1; j < s.last; ++j)
    if (IsCue(doc, j)) { after = static_cast<long>(j); break; }
  std::string_view rel = "N";
  long cue = -1;
  if (after >= 0 && (before < 0 || after - static_cast<long>(i) <= static_cast<long>(i) - before)) {
    rel = "B";
    cue = after;
  } else if (before >= 0) {
    rel = "A";
    cue = before;
  }
  bool q = doc.tokens[i].in_quote;
  f.Add("b", "");
  f.Add("w", w);
  f.Add("p", doc.pos[i]);
  f.Add("ne", EntityType(doc.ner[i]));
  f.Add("sh", doc.shape[i]);
  f.Add("w-1", Word(doc, i, -1));
  f.Add("w+1", Word(doc, i, 1));
  f.Add("p-1", Pos(doc, i, -1));
  f.Add("p+1", Pos(doc, i, 1));
  f.Add("pp+1", doc.pos[i], Pos(doc, i, 1));
  f.Add("t1", p1);
  f.Add("t12", p1, tags(i, 2));
  f.Add("t1w", p1, w);
  f.Add("t1p", p1, doc.pos[i]);
  f.Add("t1rel", p1, rel);
  f.Add("rel", rel);
  f.Add("relq", rel, q ? "y" : "n");
  f.Add("relp", rel, doc.pos[i]);
  f.Add("t1relq", p1, q ? std::string(rel) + "q" : std::string(rel));
  if (cue >= 0) {
    size_t d = cue > static_cast<long>(i) ? cue - i : i - cue;
    f.Add("reld", rel, Bucket(d));
    f.Add("relcw", rel, doc.lower[cue]);
    f.Add("relcp", rel, doc.pos[cue]);
    // What lies between the token and its cue.
    size_t a = std::min<size_t>(i, cue) + 1, b = std::max<size_t>(i, cue);
    int commas = 0;
    bool quote = false, np = true, that = false;
    for (size_t j = a; j < b; ++j) {
      commas += doc.lower[j] == ",";
      quote |= doc.tokens[j].in_quote != q || doc.lower[j] == "\"";
      np &= NounPhraseTag(doc.pos[j]) && !IsCue(doc, j);
      that |= doc.lower[j] == "that";
    }
    f.Add("between", rel, std::string(commas > 1 ? "c2" : commas ? "c1" : "c0") + (quote ? "q" : "") +
                               (np ? "n" : "") + (that ? "t" : ""));
    f.Add("np2cue", rel, np ? doc.pos[i] : "-");
    if (rel == "A") f.Add("cue+1", Word(doc, cue, 1), b - a == 0 ? "adj" : "far");
    f.Add("relpos-end", rel, Bucket(s.last - 1 - i));
  } else {
    // No cue in the sentence: does a neighbouring sentence of the paragraph have one?
    auto has_cue = [&](size_t sj) {
      const Sentence& o = doc.sentences[sj];
      for (size_t j = o.first; j < o.last; ++j)
        if (IsCue(doc, j)) return true;
      return false;
    };
    bool next = si + 1 < doc.sentences.size() && doc.sentences[si + 1].paragraph == s.paragraph && has_cue(si + 1);
    bool prev = si > 0 && doc.sentences[si - 1].paragraph == s.paragraph && has_cue(si - 1);
    f.Add("nbr", next ? "n" : "-", prev ? "p" : "-");
    f.Add("nbrq", next || prev ? "y" : "n", q ? "q" : "-");
  }
  f.Add("q", q ? "y" : "n");
  f.Add("first", i == s.first ? "y" : "n");
}

}  // namespace newsclaims::extract
