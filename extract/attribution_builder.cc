#include "extract/attribution_builder.h"

#include <algorithm>

namespace newsclaims::extract {
namespace {

size_t Gap(TokenSpan a, TokenSpan b) {
  if (a.last <= b.first) return b.first - a.last;
  if (b.last <= a.first) return a.first - b.last;
  return 0;
}

bool IsWordToken(const Document& doc, size_t i) {
  return doc.shape[i].find_first_of("Xxdu") != std::string::npos;
}

// True when tokens [a, b) hold no words (only punctuation and quotes).
bool OnlyPunctuation(const Document& doc, size_t a, size_t b) {
  for (size_t i = a; i < b; ++i)
    if (IsWordToken(doc, i)) return false;
  return true;
}

std::string QuoteKind(const Document& doc, TokenSpan content) {
  size_t quoted = 0, plain = 0;
  for (size_t i = content.first; i < content.last; ++i) {
    if (!IsWordToken(doc, i)) continue;
    (doc.tokens[i].in_quote ? quoted : plain)++;
  }
  if (quoted && !plain) return "direct";
  if (quoted && quoted * 4 >= plain) return "mixed";
  return "indirect";
}

bool AnyIn(const Document& doc, TokenSpan s, const WordSet& set) {
  for (size_t i = s.first; i < s.last; ++i)
    if (set.Contains(doc.lower[i])) return true;
  // Two-word entries ("court papers", "associated press").
  for (size_t i = s.first; i + 1 < s.last; ++i) {
    std::string two = doc.lower[i] + " " + doc.lower[i + 1];
    if (set.Contains(two)) return true;
  }
  return false;
}

}  // namespace

std::string ClassifySource(const Document& doc, TokenSpan s, const Lexicons& lex) {
  if (s.empty()) return "anonymous";
  bool person = false, org = false;
  for (size_t i = s.first; i < s.last; ++i) {
    std::string_view n = doc.ner[i];
    if (n.ends_with("PERSON")) person = true;
    if (n.ends_with("ORG")) org = true;
  }
  // The head is the last word of the span's first noun phrase.
  if (AnyIn(doc, s, lex.media_outlets) && !person) return "media_report";
  if (person) return "named_person";
  if (AnyIn(doc, s, lex.document_nouns)) return "official_document";
  if (org) return "named_organization";
  for (size_t i = s.first; i < s.last; ++i) {
    std::string_view w = doc.lower[i];
    if (w == "he" || w == "she" || w == "i" || w == "we") return "named_person";
    if (w == "it" || w == "they") return "named_organization";
  }
  if (AnyIn(doc, s, lex.anonymous_sources)) return "anonymous";
  for (size_t i = s.first; i < s.last; ++i)
    if (doc.pos[i] == "NNP" || doc.pos[i] == "NNPS") return "named_organization";
  return "anonymous";
}

std::vector<Attribution> BuildAttributions(const Document& doc, const Lexicons& lex) {
  std::vector<Attribution> out;
  std::vector<LabelledSpan> cues = BioSpans(doc.cue);
  std::vector<LabelledSpan> roles = BioSpans(doc.role);
  std::vector<size_t> sources, contents;
  for (size_t k = 0; k < roles.size(); ++k) (roles[k].type == "SRC" ? sources : contents).push_back(k);
  // Role runs by the sentences they touch, so each cue looks only at its neighbourhood.
  std::vector<std::vector<size_t>> sources_in(doc.sentences.size()), contents_in(doc.sentences.size());
  for (size_t k : sources) sources_in[doc.sentence_of[roles[k].span.first]].push_back(k);
  for (size_t k = 0; k < contents.size(); ++k) {
    TokenSpan r = roles[contents[k]].span;
    for (size_t si = doc.sentence_of[r.first]; si <= doc.sentence_of[r.last - 1]; ++si) contents_in[si].push_back(k);
  }
  std::vector<char> is_cue(doc.size(), 0);
  for (const auto& c : cues)
    for (size_t i = c.span.first; i < c.span.last; ++i) is_cue[i] = 1;

  for (const auto& c : cues) {
    Attribution a;
    a.cue = c.span;
    a.sentence = doc.sentence_of[c.span.first];
    const Sentence& s = doc.sentences[a.sentence];
    // Source: the nearest source run in the sentence.
    size_t best = SIZE_MAX;
    for (size_t k : sources_in[a.sentence]) {
      TokenSpan r = roles[k].span;
      size_t g = Gap(r, c.span);
      if (g < best) {
        best = g;
        a.source = r;
      }
    }
    // Content: the nearest content run in the sentence, else one in the previous sentence.
    best = SIZE_MAX;
    long pick = -1;
    for (size_t k : contents_in[a.sentence]) {
      TokenSpan r = roles[contents[k]].span;
      size_t g = Gap(r, c.span);
      if (g < best) {
        best = g;
        pick = static_cast<long>(k);
      }
    }
    if (pick < 0 && a.sentence > 0) {
      for (size_t k : contents_in[a.sentence - 1]) {
        TokenSpan r = roles[contents[k]].span;
        if (doc.sentence_of[r.last - 1] + 1 == a.sentence) pick = static_cast<long>(k);
      }
    }
    if (pick >= 0) {
      TokenSpan r = roles[contents[pick]].span;
      // Join neighbouring content runs separated only by punctuation or sentence edges
      // (a quotation over several sentences), never across another cue.
      auto has_cue = [&](size_t sentence) {
        const Sentence& o = doc.sentences[sentence];
        for (size_t i = o.first; i < o.last; ++i)
          if (is_cue[i]) return true;
        return false;
      };
      for (long k = pick - 1; k >= 0; --k) {
        TokenSpan p = roles[contents[k]].span;
        if (p.last > r.first || !OnlyPunctuation(doc, p.last, r.first)) break;
        size_t ps = doc.sentence_of[p.first];
        if (ps != a.sentence && has_cue(ps)) break;
        r.first = p.first;
      }
      for (size_t k = pick + 1; k < contents.size(); ++k) {
        TokenSpan n = roles[contents[k]].span;
        if (n.first < r.last || !OnlyPunctuation(doc, r.last, n.first)) break;
        size_t ns = doc.sentence_of[n.last - 1];
        if (ns != a.sentence && has_cue(ns)) break;
        bool crosses_cue = false;
        for (size_t i = r.last; i < n.first; ++i) crosses_cue |= is_cue[i] != 0;
        if (crosses_cue) break;
        r.last = n.last;
      }
      a.content = r;
    }
    (void)s;
    a.quote = a.content.empty() ? "indirect" : QuoteKind(doc, a.content);
    a.source_type = ClassifySource(doc, a.source, lex);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace newsclaims::extract
