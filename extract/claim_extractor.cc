#include "extract/claim_extractor.h"

#include <algorithm>

#include "extract/tokenizer.h"

namespace newsclaims::extract {
namespace {

bool IsWord(const Document& doc, size_t i) { return doc.shape[i].find_first_of("Xxd") != std::string::npos; }

bool IsClauseEdge(const Document& doc, size_t i) {
  std::string_view w = doc.lower[i];
  return w == "," || w == ";" || w == ":" || w == "." || w == "—" || w == "(" || w == ")" || w == "because" ||
         w == "after" || w == "while" || w == "but" || w == "which" || w == "who" || w == "when" || w == "as" ||
         w == "\u201c" || w == "\u201d" || w == "\"";
}

// Forms of "be" (and "get") that make a following participle passive.
bool IsBe(std::string_view w) {
  return w == "is" || w == "was" || w == "were" || w == "are" || w == "be" || w == "been" || w == "being" ||
         w == "got" || w == "get" || w == "gets";
}

class Extractor {
 public:
  Extractor(const Document& doc, const ClaimLexicon& lex, const Lexicons& words, const std::vector<Entity>& entities,
            const std::vector<int>& entity_of, const std::vector<Attribution>& attributions)
      : doc_(doc), lex_(lex), words_(words), entities_(entities), entity_of_(entity_of), attributions_(attributions) {}

  std::vector<Claim> Run() {
    std::vector<Claim> out;
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      size_t legal = 0;  // legal words in the sentence
      bool participant = false;
      for (size_t i = s.first; i < s.last; ++i) {
        legal += Marked(doc_.lower[i], "legal");
        participant |= entity_of_[i] >= 0;
      }
      size_t first_of_sentence = out.size();
      for (size_t i = s.first; i < s.last;) {
        size_t n = 0;
        std::string_view value = MatchTrigger(i, s.last, &n);
        if (n == 0) {
          ++i;
          continue;
        }
        std::string_view type = value.substr(0, value.find('\t'));
        std::string_view flags = value.size() > type.size() ? value.substr(type.size() + 1) : "";
        TokenSpan trig{i, i + n};
        i += n;
        if (!Accept(trig, type, flags, legal, participant)) continue;
        // One claim per type and sentence (coordinated words are one event; the gold
        // rarely has two of a type in one sentence); a verb outranks a noun mention.
        bool noun = flags.find("noun") != std::string_view::npos;
        auto same = std::find_if(out.begin() + first_of_sentence, out.end(),
                                 [&](const Claim& c) { return c.type == type; });
        if (same != out.end()) {
          // A verb replaces a bare noun mention that named neither party.
          if (same->noun && !noun && same->actor.text.empty() && same->target.text.empty())
            *same = Build(trig, std::string(type), flags, si);
          continue;
        }
        Claim c = Build(trig, std::string(type), flags, si);
        // A noun mention counts only when the sentence names a party of it ("the Charter
        // allows for sanctions" names none).
        bool reported = flags.find("reported") != std::string_view::npos;
        if ((c.noun || reported) && c.actor.text.empty() && c.target.text.empty()) continue;
        out.push_back(std::move(c));
      }
      InheritSourcing(out, first_of_sentence);
    }
    return out;
  }

 private:
  // "accusing them of trying to stop her": a claim inside what an allegation alleges is
  // sourced the way the allegation is.
  static void InheritSourcing(std::vector<Claim>& claims, size_t first) {
    for (size_t b = first; b < claims.size(); ++b) {
      Claim& inner = claims[b];
      for (size_t a = first; a < claims.size(); ++a) {
        const Claim& outer = claims[a];
        // Unsourced, or sourced through the attribution whose cue is the allegation itself.
        bool open = inner.source_type == "unattributed" || (inner.attribution >= 0 && inner.attribution == outer.attribution);
        if (a == b || !open || outer.type != "allegation" || outer.noun || outer.source_type == "unattributed" ||
            !outer.content.Contains(inner.trigger.first) || outer.trigger.first >= inner.trigger.first)
          continue;
        inner.source_type = outer.source_type;
        inner.source_text = outer.source_text;
        inner.quote = outer.quote;
        inner.attribution = outer.attribution;
        break;
      }
    }
  }

  std::string_view MatchTrigger(size_t i, size_t end, size_t* n) {
    std::string key;
    std::string_view best;
    for (size_t len = 1; len <= lex_.triggers.max_words() && i + len <= end; ++len) {
      if (len > 1) key += ' ';
      key += doc_.lower[i + len - 1];
      std::string_view v = lex_.triggers.Value(key);
      if (!v.empty()) {
        best = v;
        *n = len;
      }
    }
    return best;
  }

  bool Accept(TokenSpan t, std::string_view type, std::string_view flags, size_t legal_words, bool participant) {
    // A legal context other than the trigger itself ("appeals" is a legal word too).
    size_t own = 0;
    for (size_t i = t.first; i < t.last; ++i) own += Marked(doc_.lower[i], "legal");
    bool legal = legal_words > own;
    std::string_view text = doc_.tokens[t.first].text;
    // "Ban" in a name (Ban Ki-moon), or a capitalised trigger inside an entity name.
    const Sentence& s = doc_.sentences[doc_.sentence_of[t.first]];
    if (StartsUpper(text)) {
      if (entity_of_[t.first] >= 0 || t.first != s.first) return false;
      if (t.last < s.last &&
          (doc_.lower[t.last] == "," || doc_.pos[t.last] == "NNP" || StartsUpper(doc_.tokens[t.last].text)))
        return false;  // "Ban Ki-moon said"
    }
    if (Excluded(t, s)) return false;
    bool noun = flags.find("noun") != std::string_view::npos && !IsVerbUse(t, s);
    // A ban noun used as a verb ("would ban") is a ban; a request used as a verb ("to
    // request assistance") is not an appeal.
    bool strong = flags.find("strong") != std::string_view::npos ||
                  (flags.find("noun") != std::string_view::npos && !noun && type != "appeal");
    bool needs_legal = flags.find("legal") != std::string_view::npos;
    if (needs_legal && !legal) return false;
    if (flags.find("noun") != std::string_view::npos && !noun && type == "appeal") return false;
    // "sought to appeal to younger voters" is a plea; "appealed to the Supreme Court" is not.
    if (type == "appeal" && t.last + 1 < s.last && doc_.lower[t.last] == "to") {
      bool court = false;
      for (size_t i = t.last + 1; i < s.last && i < t.last + 5 && !court; ++i) court = Marked(doc_.lower[i], "legal");
      if (!court) return false;
    }
    // "the suing states": a present participle between a determiner and a noun is an adjective.
    if (doc_.pos[t.first] == "VBG" && t.last - t.first == 1 && t.first > s.first && t.last < s.last &&
        doc_.pos[t.first - 1] == "DT" && doc_.pos[t.last].starts_with("NN"))
      return false;
    if (flags.find("reported") != std::string_view::npos) {
      bool reported = doc_.tokens[t.first].in_quote;
      for (size_t k : AttributionsNear(doc_.sentence_of[t.first])) reported |= attributions_[k].content.Contains(t.first);
      return reported;  // Run() drops it unless it names a party
    }
    if (noun) {
      // "to challenge the ban.": a bare back-reference is not a separate claim, unless its
      // subject undergoes it ("if it survives the legal challenge", "X denied the allegations").
      size_t k = t.first;
      while (k > s.first && (doc_.pos[k - 1].starts_with("JJ") || doc_.pos[k - 1] == "DT")) --k;
      bool undergone = k > s.first && Marked(doc_.lower[k - 1], "undergo") && doc_.lower[k - 1] != "under";
      std::string_view det = t.first > s.first ? std::string_view(doc_.lower[t.first - 1]) : std::string_view();
      bool definite = det == "the" || det == "this" || det == "these" || det == "that" || det == "those";
      if (!undergone && definite &&
          (t.last >= s.last || IsClauseEdge(doc_, t.last) || doc_.pos[t.last] == "MD" || doc_.pos[t.last] == "PRP" ||
           (doc_.pos[t.last] == "IN" && doc_.lower[t.last] != "on" && doc_.lower[t.last] != "against" &&
            doc_.lower[t.last] != "by" && doc_.lower[t.last] != "of")))
        return false;
      return true;  // Run() keeps it only when it names a party
    }
    if (strong || needs_legal) return true;
    return participant && legal;
  }

  // A noun-listed trigger used as a verb ("would ban", "to ban", tagged VB).
  bool IsVerbUse(TokenSpan t, const Sentence& s) const {
    if (doc_.pos[t.first].starts_with("VB")) return true;
    return t.first > s.first && (doc_.pos[t.first - 1] == "TO" || doc_.pos[t.first - 1] == "MD");
  }

  // A verb-listed trigger used as a noun ("survive the challenge", "its appeal").
  bool NounUse(TokenSpan t, const Sentence& s) const {
    if (t.last - t.first != 1 || t.first == s.first || !doc_.pos[t.first].starts_with("NN")) return false;
    size_t k = t.first;  // "a 2010 fraud lawsuit": over modifiers to the determiner
    while (k > s.first + 1 && (doc_.pos[k - 1].starts_with("JJ") || doc_.pos[k - 1] == "NN" || doc_.pos[k - 1] == "CD"))
      --k;
    std::string_view p = doc_.pos[k - 1];
    return p == "DT" || p == "PRP$" || p == "POS";
  }

  // Attributions whose cue or content touches sentence `si` (built once per document).
  const std::vector<size_t>& AttributionsNear(size_t si) {
    if (near_.empty()) {
      near_.resize(doc_.sentences.size());
      for (size_t k = 0; k < attributions_.size(); ++k) {
        const Attribution& a = attributions_[k];
        size_t lo = a.sentence, hi = a.sentence;
        if (!a.content.empty()) {
          lo = std::min(lo, doc_.sentence_of[a.content.first]);
          hi = std::max(hi, doc_.sentence_of[a.content.last - 1]);
        }
        for (size_t s = lo; s <= hi && s < near_.size(); ++s) near_[s].push_back(k);
      }
    }
    return near_[si];
  }

  // True when the trigger sits inside an exclusion phrase ("appeals court").
  bool Excluded(TokenSpan t, const Sentence& s) {
    size_t max = lex_.exclusions.max_words();
    for (size_t a = t.first >= s.first + max ? t.first - max + 1 : s.first; a <= t.first; ++a) {
      std::string key;
      for (size_t b = a; b < s.last && b - a < max; ++b) {
        if (b > a) key += ' ';
        key += doc_.lower[b];
        if (b >= t.first && lex_.exclusions.Contains(key)) return true;
      }
    }
    return false;
  }

  // The entity mention (or pronoun) covering token i, widened to the whole mention.
  TokenSpan MentionAt(size_t i) {
    int e = entity_of_[i];
    size_t a = i, b = i + 1;
    while (a > 0 && entity_of_[a - 1] == e && e >= 0) --a;
    while (b < doc_.size() && entity_of_[b] == e && e >= 0) ++b;
    return {a, b};
  }

  ClaimParty Party(TokenSpan words) {
    ClaimParty p;
    if (words.empty()) return p;
    p.text = words;
    // The head of a noun phrase is its last word ("the British bank Barclays"); otherwise the
    // first person or organisation in it, otherwise the first entity.
    p.entity = entity_of_[words.last - 1];
    for (size_t i = words.first; i < words.last && p.entity < 0; ++i) {
      int e = entity_of_[i];
      if (e >= 0 && (entities_[e].type == "PERSON" || entities_[e].type == "ORG")) p.entity = e;
    }
    for (size_t i = words.first; i < words.last && p.entity < 0; ++i) p.entity = entity_of_[i];
    p.name = p.entity >= 0 ? entities_[p.entity].name : std::string(doc_.Slice(words.first, words.last));
    return p;
  }

  // The source type of a party: a titled person ("China's ambassador to Britain") is a
  // person even when the name in it is a place; otherwise the linked entity's type, else
  // what the words say.
  std::string TypeOfParty(const ClaimParty& p) const {
    bool person_entity = false, title = false, unnamed = false, voice = false;
    for (size_t i = p.text.first; i < p.text.last; ++i) {
      person_entity |= entity_of_[i] >= 0 && entities_[entity_of_[i]].type == "PERSON";
      bool t = words_.titles.Contains(doc_.lower[i]) && doc_.tokens[i].text[0] >= 'a';
      title |= t;
      voice |= t && words_.titles.Value(doc_.lower[i]) == "organization";
      unnamed |= words_.anonymous_sources.Contains(doc_.lower[i]);
    }
    if (voice && !person_entity) return "named_organization";
    if (person_entity || (title && !unnamed)) return "named_person";
    if (p.entity >= 0) return entities_[p.entity].type == "PERSON" ? "named_person" : "named_organization";
    return PartyType(p.text);
  }

  // The source type of a party that is not a linked entity: a personal pronoun or a titled
  // proper name is a person, another proper name an organisation, the rest anonymous.
  std::string PartyType(TokenSpan t) const {
    std::string_view w = doc_.lower[t.first];
    if (t.last - t.first == 1 && (w == "he" || w == "she" || w == "i" || w == "we")) return "named_person";
    bool proper = false, title = false;
    for (size_t i = t.first; i < t.last; ++i) {
      proper |= doc_.pos[i] == "NNP" || doc_.pos[i] == "NNPS";
      title |= words_.titles.Contains(doc_.lower[i]);
    }
    if (proper) return title ? "named_person" : "named_organization";
    return "anonymous";
  }

  // True when the attribution's cue is real reporting ("said", "told", "according to").
  bool Reporting(const Attribution& a) const {
    for (size_t i = a.cue.first; i < a.cue.last; ++i)
      if (words_.reporting.Contains(doc_.lower[i])) return true;
    return false;
  }

  // True when the cue lexicon marks `word` with `mark` (a word may carry several).
  bool Marked(std::string_view word, std::string_view mark) const {
    std::string_view v = lex_.cues.Value(word);
    size_t at = v.find(mark);
    return at != std::string_view::npos && (at + mark.size() == v.size() || v[at + mark.size()] == ' ');
  }

  // Words tagged IN that open a clause ("if it survives"), so the noun phrase after them is
  // a subject, not a prepositional object.
  static bool IsSubordinator(std::string_view w) {
    return w == "if" || w == "because" || w == "although" || w == "though" || w == "while" || w == "whether" ||
           w == "unless" || w == "since" || w == "that" || w == "once" || w == "whereas" || w == "after" ||
           w == "before" || w == "until" || w == "when" || w == "as";
  }

  // "Last month, he filed": a time phrase before the subject is not the subject.
  static bool IsTimeNoun(std::string_view w) {
    return IsTimeWord(w) || w == "month" || w == "months" || w == "year" || w == "years" || w == "week" ||
           w == "weeks" || w == "day" || w == "days" || w == "night" || w == "morning" || w == "evening" ||
           w == "afternoon" || w == "decade" || w == "decades" || w == "time" || w == "ago" || w == "season" ||
           w == "seasons" || w == "hour" || w == "hours";
  }

  // "voted Thursday to hold": a day between a verb and its subject.
  static bool IsTimeWord(std::string_view w) {
    return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" || w == "friday" ||
           w == "saturday" || w == "sunday" || w == "today" || w == "yesterday" || w == "tonight";
  }

  static bool IsAux(std::string_view w) {
    return w == "is" || w == "was" || w == "were" || w == "are" || w == "be" || w == "been" || w == "being" ||
           w == "has" || w == "have" || w == "had" || w == "do" || w == "does" || w == "did" || w == "will" ||
           w == "would" || w == "'s" || w == "'re" || w == "'ve" || w == "'d" || w == "'ll" || w == "not" ||
           w == "n't" || w == "also" || w == "to" || w == "now";
  }

  // "'s", or the apostrophe of a plural possessive ("the Democrats' allegation").
  bool Possessive(size_t i) const { return doc_.lower[i] == "'s" || doc_.pos[i] == "POS"; }

  bool NounLike(size_t i) const {
    std::string_view p = doc_.pos[i];
    return p.starts_with("NN") || p == "PRP" || p == "CD" || entity_of_[i] >= 0;
  }

  // The subject of the verb at `at`: skips back over auxiliaries, adverbs and control verbs
  // ("declined to", "has since"), then takes the noun phrase ending there, through an
  // apposition ("X, chief executive of Y, said") and "of"/"and" chains.
  TokenSpan GrammaticalSubject(size_t at, size_t start) {
    for (int hops = 0; hops < 3; ++hops) {
      TokenSpan np = SubjectPhrase(at, start);
      // "Esper on Wednesday accused": a prepositional phrase is not the subject.
      if (np.empty() || np.first <= start || doc_.pos[np.first - 1] != "IN" || doc_.lower[np.first - 1] == "of" ||
          IsSubordinator(doc_.lower[np.first - 1]))
        return np;
      at = np.first - 1;
    }
    return {};
  }

  TokenSpan SubjectPhrase(size_t at, size_t start, int depth = 0) {
    size_t i = at;
    while (i > start) {
      std::string_view w = doc_.lower[i - 1], p = doc_.pos[i - 1];
      if (IsTimeWord(w)) {  // "voted Thursday to", "on Friday made"
        --i;
        if (i > start && (doc_.lower[i - 1] == "on" || doc_.lower[i - 1] == "last" || doc_.lower[i - 1] == "this"))
          --i;
        continue;
      }
      // "pledged to ban", "trying to stop": the verb before "to" shares the subject.
      if (p == "TO" && i - 1 > start && doc_.pos[i - 2].starts_with("VB")) {
        i -= 2;
        continue;
      }
      if (p == "MD" || p.starts_with("RB") || IsAux(w) || Marked(w, "control")) {
        --i;
        continue;
      }
      if (p == "TO") {
        --i;
        continue;
      }
      break;
    }
    if (i <= start) return {};
    std::string_view before = doc_.lower[i - 1];
    // "accusing them of trying to stop her": the object before "of" does the gerund.
    if (before == "of" && i - 1 > start + 1 && NounLike(i - 2) && at > i) {
      TokenSpan np = NounPhraseEndingAt(i - 1, start);
      if (np.first > start && doc_.pos[np.first - 1].starts_with("VB")) return np;
    }
    // "described it ... and accused him": a coordinated verb takes the first verb's subject.
    if ((before == "and" || before == "but" || before == "or") && depth < 2) {
      for (size_t j = i - 1; j > start; --j) {
        std::string_view p = doc_.pos[j - 1];
        if (p == "VBD" || p == "VBZ" || p == "VBP" || (p == "VBN" && j > start + 1 && NounLike(j - 2)) ||
            (p == "VB" && j > start + 1 && doc_.pos[j - 2] == "MD"))
          return SubjectPhrase(j - 1, start, depth + 1);
        if (doc_.lower[j - 1] == ";") break;
      }
      return {};
    }
    if (before == "," && i >= start + 2) {
      // An apposition or participial phrase: find the comma that opens it, with no finite
      // verb in between ("X, represented by Y, filed suit").
      size_t j = i - 1;
      while (j > start && i - j < 16 && doc_.lower[j - 1] != "," && doc_.pos[j - 1] != "VBD" &&
             doc_.pos[j - 1] != "VBZ" && doc_.pos[j - 1] != "VBP")
        --j;
      if (!(j > start + 1 && doc_.lower[j - 1] == ",")) return {};
      // "the acting secretary, Elaine Duke, issued": a name between the commas is the subject.
      int e = entity_of_[i - 2];
      if (e >= 0 && entities_[e].type == "PERSON" && MentionAt(i - 2).first == j) return MentionAt(i - 2);
      i = j - 1;
    }
    size_t end = i;
    std::string_view w = doc_.lower[end - 1];
    if (w == "who" || w == "which" || w == "that") {
      // "The U.N., which in March imposed ...": the antecedent before the comma.
      if (end - 1 > start + 1 && doc_.lower[end - 2] == "," && NounLike(end - 3)) return NounPhraseEndingAt(end - 2, start);
      // "a bill on Thursday that would ban": the noun phrase the relative pronoun follows.
      size_t k = end - 1;
      if (k > start + 1 && IsTimeWord(doc_.lower[k - 1]) && doc_.lower[k - 2] == "on") k -= 2;
      if (k > start && NounLike(k - 1) && doc_.pos[k - 1] != "PRP" && doc_.pos[k - 1] != "CD")
        return NounPhraseEndingAt(k, start);
      return {end - 1, end};
    }
    // "the US government's decision to ban": the possessor decides.
    if (at > end && doc_.lower[end] == "to" && doc_.pos[end - 1].starts_with("NN") && entity_of_[end - 1] < 0) {
      TokenSpan np = NounPhraseEndingAt(end, start);
      for (size_t k = np.first; k < np.last; ++k)
        if (Possessive(k) && k > np.first) return {np.first, k};
    }
    // "the primary has been": a determiner and an adjective before a verb are a noun phrase.
    if (doc_.pos[end - 1].starts_with("JJ") && end - 1 > start && doc_.pos[end - 2] == "DT" && at >= end &&
        at < doc_.size() && (doc_.pos[at].starts_with("VB") || doc_.pos[at] == "MD"))
      return {end - 2, end};
    if (!NounLike(end - 1) || doc_.pos[end - 1] == "CD") return {};  // "voted 6-1 to ban": a count
    // "These rioters, they are criminals": a pronoun that resumes a phrase at the start.
    if (doc_.pos[end - 1] == "PRP" && end >= start + 3 && doc_.lower[end - 2] == "," && NounLike(end - 3) &&
        !IsTimeNoun(doc_.lower[end - 3])) {  // not "Last month, he filed"
      TokenSpan np = NounPhraseEndingAt(end - 2, start);
      bool at_start = np.first == start || doc_.tokens[np.first - 1].in_quote != doc_.tokens[np.first].in_quote ||
                      doc_.lower[np.first - 1] == ":" || IsQuoteToken(doc_.tokens[np.first - 1].text);
      if (at_start) return np;
    }
    return NounPhraseEndingAt(end, start);
  }

  // The noun phrase ending just before token `end`, through entity mentions, modifiers and
  // "of"/"and" chains.
  TokenSpan NounPhraseEndingAt(size_t end, size_t start) {
    size_t a = end - 1;
    if (doc_.pos[a] == "PRP") return {a, end};  // "at the time she described": a pronoun stands alone
    if (entity_of_[a] >= 0) a = MentionAt(a).first;
    while (a > start) {
      std::string_view p = doc_.pos[a - 1], l = doc_.lower[a - 1];
      if (entity_of_[a - 1] >= 0 && doc_.pos[a - 1] != "PRP") {
        a = MentionAt(a - 1).first;
        continue;
      }
      // A determiner opens its phrase: "was confident the law" stops at "the".
      bool opened = doc_.pos[a] == "DT" && (p.starts_with("JJ") || p.starts_with("NN") || p == "CD");
      if (!opened && (p.starts_with("NN") || p.starts_with("JJ") || p == "DT" || p == "POS" || p == "PRP$" || p == "CD")) {
        --a;
        continue;
      }
      // "the ambassador to Britain": "to" joins only after a title.
      bool title_to = l == "to" && a - 1 > start && words_.titles.Contains(doc_.lower[a - 2]);
      if ((l == "of" || l == "and" || l == "&" || title_to) && a - 1 > start && NounLike(a - 2)) {
        --a;
        continue;
      }
      break;
    }
    return {a, end};
  }

  // The nearest person or organisation mentioned before `end` in the sentence.
  TokenSpan AnyEntityBefore(size_t end, size_t start) {
    for (size_t i = end; i-- > start;) {
      int e = entity_of_[i];
      if (e >= 0 && (entities_[e].type == "PERSON" || entities_[e].type == "ORG")) return MentionAt(i);
    }
    return {};
  }

  // Noun phrase ending just before `end` (left of a trigger), within the clause.
  TokenSpan SubjectBefore(size_t end, size_t start) {
    // Nearest entity mention first.
    for (size_t i = end; i-- > start;) {
      if (IsClauseEdge(doc_, i) && doc_.lower[i] != "," && doc_.lower[i] != "\u201d") break;
      if (entity_of_[i] >= 0 && entities_[entity_of_[i]].type != "MISC") return MentionAt(i);
    }
    // Otherwise a plain noun phrase: nearest noun and its modifiers.
    for (size_t i = end; i-- > start;) {
      if (IsClauseEdge(doc_, i)) break;
      std::string_view p = doc_.pos[i];
      if (p.starts_with("NN") || p == "PRP") {
        size_t a = i;
        while (a > start && (doc_.pos[a - 1].starts_with("NN") || doc_.pos[a - 1].starts_with("JJ") ||
                             doc_.pos[a - 1] == "DT" || doc_.pos[a - 1] == "POS" || doc_.pos[a - 1] == "PRP$"))
          --a;
        return {a, i + 1};
      }
      if (p.starts_with("VB") && !IsBe(doc_.lower[i]) && doc_.lower[i] != "has" && doc_.lower[i] != "have" &&
          doc_.lower[i] != "had")
        break;
    }
    return {};
  }

  // The first entity mention after a trigger in its clause, else a short noun phrase.
  TokenSpan TargetAfter(size_t from, size_t end, bool noun = false) {
    // "impose sanctions on X", "a travel ban against X": the object of on/against.
    for (size_t i = from; noun && i < end && i < from + 6; ++i) {
      if (IsClauseEdge(doc_, i)) break;
      if (doc_.lower[i] == "on" || doc_.lower[i] == "against") {
        from = i;
        break;
      }
    }
    size_t a = from;
    // "filed a petition on Tuesday in the state court": a time phrase is not the target.
    if (a + 1 < end && (doc_.lower[a] == "on" || doc_.lower[a] == "last" || doc_.lower[a] == "this") &&
        IsTimeNoun(doc_.lower[a + 1]))
      a += 2;
    while (a < end && (doc_.lower[a] == "on" || doc_.lower[a] == "against" || doc_.lower[a] == "of" ||
                       doc_.lower[a] == "that" || doc_.lower[a] == "to" || doc_.lower[a] == "for"))
      ++a;
    // A direct object right after the trigger ("suspend Garrett", "accused him of").
    if (a < end && (NounLike(a) || doc_.pos[a] == "DT" || doc_.pos[a] == "PRP$" || doc_.pos[a].starts_with("JJ"))) {
      size_t b = a;
      while (b < end && b - a < 10 &&
             (NounLike(b) || doc_.pos[b] == "DT" || doc_.pos[b] == "PRP$" || doc_.pos[b].starts_with("JJ") ||
              doc_.pos[b] == "POS" || doc_.pos[b] == "CD" || ParticipleModifier(b, a, end) ||
              (doc_.lower[b] == "of" && b > a && NounLike(b - 1) && doc_.pos[b - 1] != "PRP" && b + 1 < end)))
        ++b;
      if (b > a + 1 && doc_.lower[b - 1] == "of") --b;  // "accused the council of dumping"
      if (b > a && NounLike(b - 1)) {
        if (entity_of_[b - 1] >= 0) b = MentionAt(b - 1).last;
        return {a, b};
      }
    }
    for (size_t i = a; i < end && i < a + 10; ++i) {
      if (IsClauseEdge(doc_, i) && doc_.lower[i] != "\u201c") break;
      if (i > a && (doc_.pos[i].starts_with("VB") || doc_.lower[i] == "that" || doc_.lower[i] == "to")) break;
      if (entity_of_[i] >= 0 && !entities_[entity_of_[i]].type.empty() && entities_[entity_of_[i]].type != "MISC")
        return MentionAt(i);
    }
    size_t b = a;
    while (b < end && b - a < 8 && !IsClauseEdge(doc_, b)) {
      std::string_view p = doc_.pos[b];
      if (!(p.starts_with("NN") || p.starts_with("JJ") || p == "DT" || p == "PRP$" || p == "PRP" || p == "POS" ||
            p == "CD" || (p == "IN" && doc_.lower[b] == "of") || ParticipleModifier(b, a, end)))
        break;
      ++b;
    }
    while (b > a && !NounLike(b - 1)) --b;  // a phrase ends in its noun ("the", "the alleged" name nobody)
    return {a, b};
  }

  // True when token i can open a noun phrase that names a party ("the", "its", "most",
  // a noun, a pronoun or a name), not ", filed in", "and take", "could prompt".
  bool OpensNounPhrase(size_t i) const {
    std::string_view p = doc_.pos[i];
    return NounLike(i) || p == "DT" || p == "PRP$" || p == "PDT" || p.starts_with("JJ") || p == "RBS";
  }

  // Where the nouns that modify the noun at `at` begin ("police brutality", "mask ban"),
  // not before `floor`; words the cue lexicon marks are not modifiers.
  size_t NounModifiersStart(size_t at, size_t floor) const {
    size_t m = at;
    while (m > floor && doc_.pos[m - 1].starts_with("NN") && lex_.cues.Value(doc_.lower[m - 1]).empty()) --m;
    return m;
  }

  // "the coordinated attacks", "the banned app": a participle between a determiner or
  // adjective and a noun modifies the noun.
  bool ParticipleModifier(size_t b, size_t a, size_t end) const {
    std::string_view p = doc_.pos[b];
    if ((p != "VBN" && p != "VBG") || b == a || b + 1 >= end) return false;
    std::string_view before = doc_.pos[b - 1], after = doc_.pos[b + 1];
    return (before == "DT" || before == "PRP$" || before.starts_with("JJ")) && (after.starts_with("NN") || after.starts_with("JJ"));
  }

  // True when the span has a word that names a source ("reports", "officials", "the filing").
  bool NamesASource(TokenSpan t) const {
    for (size_t i = t.first; i < t.last; ++i) {
      std::string_view w = doc_.lower[i];
      if (words_.anonymous_sources.Contains(w) || words_.media_outlets.Contains(w) || words_.document_nouns.Contains(w))
        return true;
    }
    return false;
  }

  // True when the span holds a person, organisation or place mention.
  bool IsNamedParty(TokenSpan t) const {
    for (size_t i = t.first; i < t.last; ++i) {
      int e = entity_of_[i];
      if (e >= 0 && (entities_[e].type == "PERSON" || entities_[e].type == "ORG" || entities_[e].type == "LOC"))
        return true;
    }
    return false;
  }

  // The agent of a noun trigger: the noun phrase after "by" (or "from", when `or_from`) a
  // few words on, within the clause ("violations of international law by China"), else empty.
  TokenSpan ByPhrase(size_t from, size_t end, bool or_from = false) {
    for (size_t i = from; i < end && i < from + 6; ++i) {
      if (IsClauseEdge(doc_, i)) break;
      if (doc_.pos[i].starts_with("VB") && doc_.pos[i] != "VBN") break;
      // "its ban on adoptions by same-sex couples": a by after the target is the target's.
      if (doc_.lower[i] == "on" || doc_.lower[i] == "against") break;
      if ((doc_.lower[i] == "by" || (or_from && doc_.lower[i] == "from")) && i + 1 < end) return TargetAfter(i + 1, end);
    }
    return {};
  }

  // Words after a trigger up to the end of its clause (at most 14 tokens).
  TokenSpan ObjectAfter(size_t from, size_t end) {
    size_t a = from;
    while (a < end && (doc_.lower[a] == "on" || doc_.lower[a] == "against" || doc_.lower[a] == "of" ||
                       doc_.lower[a] == "that" || doc_.lower[a] == "by" || doc_.lower[a] == "to"))
      ++a;
    size_t b = a;
    while (b < end && b - a < 14 && !(IsClauseEdge(doc_, b) && b > a)) ++b;
    while (b > a && !IsWord(doc_, b - 1)) --b;
    return {a, b};
  }

  Claim Build(TokenSpan trig, std::string type, std::string_view flags, size_t si) {
    const Sentence& s = doc_.sentences[si];
    Claim c;
    c.type = std::move(type);
    c.trigger = trig;
    c.sentence = si;
    bool predicate = flags.find("pred") != std::string_view::npos;
    bool noun = flags.find("noun") != std::string_view::npos ? !IsVerbUse(trig, s) : !predicate && NounUse(trig, s);
    // "allegedly", and "alleged" before a noun ("the alleged fraud"), only hedge.
    bool hedge = flags.find("hedge") != std::string_view::npos ||
                 (doc_.lower[trig.first] == "alleged" && trig.last < s.last &&
                  (doc_.pos[trig.first] == "JJ" || doc_.pos[trig.last].starts_with("NN")));
    bool passive = !noun && trig.first > s.first && doc_.pos[trig.first] == "VBN" &&
                   (IsBe(doc_.lower[trig.first - 1]) ||
                    (trig.first > s.first + 1 && IsBe(doc_.lower[trig.first - 2])));
    // Actor and target.
    bool undergo = false;  // "X denied the allegations": X is the target, the accuser unnamed
    bool denied = false;   // "X said the allegations were false": the speaker is the target
    TokenSpan before = SubjectBefore(trig.first, s.first);
    TokenSpan after = ObjectAfter(trig.last, s.last);
    if (predicate) {
      // "X was unlawful", "X's apparent guilt", "they are criminals", 'calling X "a clear
      // violation"': X is the target.
      size_t k = trig.first;
      while (k > s.first && (doc_.pos[k - 1].starts_with("JJ") || doc_.pos[k - 1] == "DT" || doc_.pos[k - 1] == "RB" ||
                             (IsQuoteToken(doc_.tokens[k - 1].text) && k - 1 > s.first && NounLike(k - 2))))
        --k;
      size_t m = noun ? NounModifiersStart(trig.first, s.first) : trig.first;  // "police brutality"
      TokenSpan by = noun ? ByPhrase(trig.last, s.last) : TokenSpan{};
      if (!by.empty()) {
        // "a hoax perpetrated by China", "violations of international law by China".
        c.target = Party(by);
      } else if (k > s.first && doc_.pos[k - 1] == "PRP$") {
        c.target = Party({k - 1, k});
      } else if (k > s.first && Possessive(k - 1)) {
        c.target = Party(SubjectBefore(k - 1, s.first));
      } else if (noun && k > s.first && doc_.lower[k - 1] == "in") {
        // "voted to hold X in contempt": the verb's object is the target, its subject the actor.
        for (size_t v = k - 1; v-- > s.first && k - v < 16;) {
          if (doc_.lower[v] == "." || doc_.lower[v] == ";" || IsQuoteToken(doc_.tokens[v].text)) break;
          if (!doc_.pos[v].starts_with("VB")) continue;
          c.target = Party(TargetAfter(v + 1, k - 1));
          c.actor = Party(GrammaticalSubject(v, s.first));
          break;
        }
      } else if (noun && m < trig.first) {
        c.target = Party({m, trig.first});
      } else if (noun && k > s.first && (doc_.pos[k - 1].starts_with("VB") || doc_.lower[k - 1] == "for") &&
                 !IsBe(doc_.lower[k - 1])) {
        // "voted for contempt", "oppose violations": the verb's subject makes the charge.
        size_t v = doc_.lower[k - 1] == "for" && k - 1 > s.first ? k - 2 : k - 1;
        if (doc_.pos[v].starts_with("VB")) c.actor = Party(GrammaticalSubject(v, s.first));
      } else if (doc_.pos[trig.first].starts_with("RB")) {
        // "workers who entered the country illegally", "X allegedly paid": the subject of
        // the verb the adverb modifies.
        size_t v = trig.first;
        if (trig.last < s.last && doc_.pos[trig.last].starts_with("VB")) {
          v = trig.last;
        } else {
          for (size_t i = trig.first; i > s.first && trig.first - i < 8 && !IsClauseEdge(doc_, i - 1); --i)
            if (doc_.pos[i - 1].starts_with("VB") && !IsAux(doc_.lower[i - 1])) {
              v = i - 1;
              break;
            }
        }
        if (v != trig.first) c.target = Party(GrammaticalSubject(v, s.first));
      } else {
        TokenSpan subject = GrammaticalSubject(k, s.first);
        c.target = Party(subject.empty() ? SubjectBefore(k, s.first) : subject);
      }
      if (c.target.text.empty() && !noun) c.target = Party(TargetAfter(trig.last, s.last));
      // "the repression seen under Xi Jinping": otherwise a named party later in the clause.
      if (c.target.text.empty() && noun) {
        TokenSpan later = TargetAfter(trig.last, s.last, true);
        if (!later.empty() && IsNamedParty(later)) c.target = Party(later);
      }
    } else if (passive) {
      TokenSpan subject = GrammaticalSubject(trig.first, s.first);
      c.target = Party(subject.empty() ? before : subject);
      for (size_t i = trig.last; i < s.last && i < trig.last + 4; ++i)
        if (doc_.lower[i] == "by") c.actor = Party(ObjectAfter(i + 1, s.last));
    } else if (noun) {
      // "X's ban on Y", "the ban on Y by X", "imposed new U.N. sanctions on Y"; a bare noun
      // has no actor.
      size_t k = trig.first;
      while (k > s.first && (doc_.pos[k - 1].starts_with("JJ") || doc_.pos[k - 1] == "DT" ||
                             doc_.pos[k - 1] == "NNP" || doc_.pos[k - 1] == "NN" || doc_.pos[k - 1] == "CD" ||
                             (doc_.pos[k - 1] == "VBG" && k - 1 > s.first && !doc_.pos[k - 2].starts_with("NN")) ||
                             // "statutory and constitutional bans"
                             (doc_.lower[k - 1] == "and" && k - 1 > s.first && doc_.pos[k].starts_with("JJ") &&
                              (doc_.pos[k - 2].starts_with("JJ") || doc_.pos[k - 2] == "NN"))) &&
             !Possessive(k - 1) && !Marked(doc_.lower[k - 1], "undergo"))
        --k;
      // "imposed some of the harshest sanctions": a quantifier before the noun phrase.
      if (k > s.first + 1 && doc_.lower[k - 1] == "of" && (doc_.pos[k - 2] == "DT" || doc_.pos[k - 2] == "CD"))
        k -= 2;
      if (k > s.first && (Possessive(k - 1) || doc_.pos[k - 1] == "PRP$")) {
        size_t e = Possessive(k - 1) ? k - 1 : k;
        c.actor = Party(doc_.pos[k - 1] == "PRP$" ? TokenSpan{k - 1, k} : SubjectBefore(e, s.first));
      } else if (k > s.first && Marked(doc_.lower[k - 1], "undergo")) {
        // "X came under criticism", "X denied the allegations": X is the target.
        size_t v = k - 1;
        if (doc_.lower[v] == "under" && v > s.first && doc_.pos[v - 1].starts_with("VB")) --v;
        undergo = true;
        c.target = Party(GrammaticalSubject(v, s.first));
      } else if (k > s.first && doc_.pos[k - 1].starts_with("VB") && !IsBe(doc_.lower[k - 1]) &&
                 !words_.reporting.Contains(doc_.lower[k - 1]) && !Marked(doc_.lower[k - 1], "sequence")) {
        // "X imposed sanctions": the governing verb's subject (not "said U.S. sanctions", "the
        // directive followed concerns")
        TokenSpan subject = GrammaticalSubject(k - 1, s.first);
        c.actor = Party(subject.empty() ? SubjectBefore(k - 1, s.first) : subject);
      }
      // "the ban on Y by X"; "criticism from X", "a request from X" (a ban from is what is banned)
      TokenSpan by = ByPhrase(trig.last, s.last, c.type != "ban");
      if (!by.empty()) c.actor = Party(by);
      // "X said the allegations were false": X is the accused (filled in from the source).
      for (size_t i = trig.last; c.type == "allegation" && i + 1 < s.last && i < trig.last + 6; ++i) {
        if (IsClauseEdge(doc_, i)) break;
        if (IsBe(doc_.lower[i]) && (Marked(doc_.lower[i + 1], "denial") ||
                                    (i + 2 < s.last && Marked(doc_.lower[i + 2], "denial")))) {
          undergo = denied = true;
          break;
        }
      }
      if (!undergo) c.target = Party(TargetAfter(trig.last, s.last, true));
      // "U.N. sanctions", "U.S. economic sanctions on Burma": unless a governing verb's subject
      // is the actor ("X will seek new U.N. sanctions"), an organisation before a ban noun
      // imposes it, and so does a place when an adjective or an on/against phrase shows
      // it is not the target ("Iran sanctions" are sanctions on Iran).
      bool modifier_is_actor = false;
      if (c.type == "ban") {
        size_t j = trig.first;
        while (j > s.first && entity_of_[j - 1] < 0 &&
               (doc_.pos[j - 1].starts_with("JJ") || doc_.pos[j - 1] == "NN" || doc_.pos[j - 1] == "NNS"))
          --j;
        int e = j > s.first && doc_.pos[j - 1] != "PRP" ? entity_of_[j - 1] : -1;
        bool on = trig.last < s.last && (doc_.lower[trig.last] == "on" || doc_.lower[trig.last] == "against");
        bool adjective = j < trig.first && doc_.pos[j].starts_with("JJ");
        modifier_is_actor = e >= 0 && (entities_[e].type == "ORG" || (entities_[e].type == "LOC" && (on || adjective)));
        if (modifier_is_actor && c.actor.text.empty()) c.actor = Party(MentionAt(j - 1));
      }
      // "police brutality", "mask ban": a noun modifier names the target.
      if (!undergo && (c.target.text.empty() || !OpensNounPhrase(c.target.text.first))) {
        size_t m = NounModifiersStart(trig.first, k);
        if (modifier_is_actor) {
          // the modifier is the actor (above)
        } else if (m < trig.first) {
          c.target = Party({m, trig.first});
        } else if (trig.first > s.first && (doc_.pos[trig.first - 1] == "PRP$" || Possessive(trig.first - 1)))
          c.target = c.actor;
      }
    } else {
      TokenSpan subject = GrammaticalSubject(trig.first, s.first);
      // "the company asked a federal judge to overturn the directive": the appeal is the
      // asker's.
      if (c.type == "appeal" && !subject.empty() && subject.first > s.first &&
          Marked(doc_.lower[subject.first - 1], "petition")) {
        TokenSpan asker = GrammaticalSubject(subject.first - 1, s.first);
        if (!asker.empty()) subject = asker;
      }
      c.actor = Party(subject.empty() ? before : subject);
      // "stop her performing": an object pronoun in the trigger phrase is the target.
      if (trig.last - trig.first > 1 && doc_.pos[trig.last - 1].starts_with("PRP")) c.target = Party({trig.last - 1, trig.last});
      else c.target = Party(TargetAfter(trig.last, s.last));
      // "accused Clinton of sexual assault": the charge after "of" is content, not target.
      if (c.type == "allegation") {
        TokenSpan& t = c.target.text;
        for (size_t i = t.first + 1; i < t.last; ++i)
          if (doc_.lower[i] == "of" && entity_of_[i] < 0) {
            c.target = Party({t.first, i});
            break;
          }
      }
    }
    c.noun = noun;
    // "Swift got support after accusing them", "X posted a video accusing Y": a participle
    // clause takes the main subject unless a named party or pronoun precedes it.
    bool participle = !noun && !predicate && !passive && doc_.pos[trig.first] == "VBG";
    if (participle && !c.actor.text.empty() && !IsNamedParty(c.actor.text) && doc_.pos[c.actor.text.first] != "PRP" &&
        !NamesASource(c.actor.text))
      c.actor = ClaimParty();
    if (participle && c.actor.text.empty()) {
      for (size_t i = s.first; i < trig.first; ++i) {
        std::string_view p = doc_.pos[i];
        if (p == "VBD" || p == "VBZ" || p == "VBP") {
          c.actor = Party(GrammaticalSubject(i, s.first));
          break;
        }
      }
    }
    if (!noun && !predicate && !passive && c.actor.text.empty()) c.actor = Party(AnyEntityBefore(trig.first, s.first));
    if (c.target.text.empty() && !predicate) {
      // The words after the trigger, through a purpose or participle clause's verb ("to
      // challenge the ban", "challenging the law"), when they open a noun phrase.
      TokenSpan rest = ObjectAfter(trig.last, s.last);
      if (!rest.empty() && doc_.pos[rest.first].starts_with("VB") && doc_.pos[rest.first] != "VBN" &&
          !IsBe(doc_.lower[rest.first]) &&
          (rest.first == trig.last || doc_.lower[rest.first - 1] == "to" || doc_.lower[rest.first - 1] == "that"))
        ++rest.first;
      if (rest.last > rest.first + 6) rest.last = rest.first + 6;
      if (!rest.empty() && OpensNounPhrase(rest.first)) c.target = Party(rest);
    }
    c.content = after;
    // Negation and hedging just before the trigger, within the clause.
    for (size_t i = trig.first, k = 0; i-- > s.first && k < 6; ++k) {
      if (IsClauseEdge(doc_, i)) break;
      if (Marked(doc_.lower[i], "negation") && k < 4) c.negated = true;
      if (Marked(doc_.lower[i], "hypothetical")) c.hypothetical = true;
    }
    // Sourcing: the attribution whose content holds the trigger, or whose cue it is.
    bool quoted = doc_.tokens[trig.first].in_quote;
    int source = -1;
    bool is_cue = false;
    for (size_t k : AttributionsNear(si)) {
      const Attribution& a = attributions_[k];
      bool in_content = a.content.Contains(trig.first);
      is_cue = a.cue.Contains(trig.first);
      if (!in_content && !is_cue) continue;
      // Only real reporting ("said", "told", "according to") in the claim's sentence, or a
      // quotation the trigger is in, sources a claim; other cues are the article's voice.
      if (!quoted && (!Reporting(a) || a.sentence != si)) continue;
      if (a.source.empty()) continue;  // "it is alleged": the article's own voice
      source = static_cast<int>(k);
      break;
    }
    // A quotation whose speaker is named in the same sentence ("'...,' X said") even when
    // the attribution's content was read elsewhere in the sentence.
    for (size_t k : AttributionsNear(si)) {
      const Attribution& a = attributions_[k];
      if (source >= 0 || !quoted || a.sentence != si || a.source.empty() || !Reporting(a)) continue;
      if (doc_.tokens[a.cue.first].in_quote || doc_.tokens[a.source.first].in_quote) continue;
      source = static_cast<int>(k);
      is_cue = false;
    }
    if (source >= 0) {
      const Attribution& a = attributions_[source];
      c.attribution = source;
      c.source_type = a.source_type;
      c.source_text = a.source;
      c.quote = quoted ? "direct" : "indirect";
      if (is_cue && c.actor.text.empty()) c.actor = Party(a.source);
      if (is_cue && !c.actor.text.empty()) {
        // The trigger is the reporting verb itself ("X accused Y"): the actor is the source.
        c.source_type = TypeOfParty(c.actor);
        c.source_text = c.actor.text;
      }
      if (!is_cue && !undergo && c.type == "allegation" && c.actor.text.empty()) c.actor = Party(a.source);
      if (denied && c.target.text.empty()) c.target = Party(a.source);
      // "'... we will appeal,' he said": a first-person actor in a quotation is its speaker.
      if (quoted && c.actor.text.last == c.actor.text.first + 1) {
        std::string_view w = doc_.lower[c.actor.text.first];
        if (w == "i" || w == "we") c.actor = Party(a.source);
      }
    }
    if (hedge) {
      c.actor = ClaimParty();
      if (!quoted) {
        c.attribution = -1;
        c.source_type = "unattributed";
        c.source_text = {};
        c.quote = "none";
      }
      if (c.target.text.empty() || doc_.lower[trig.first] == "alleged") c.target = Party(TargetAfter(trig.last, s.last));
    }
    // An allegation voiced by its actor ("Kaspersky claimed", "X accused Y") is sourced to it.
    if (c.attribution < 0 && c.type == "allegation" && !noun && !predicate && !passive && !c.actor.text.empty()) {
      c.source_type = TypeOfParty(c.actor);
      c.source_text = c.actor.text;
      c.quote = quoted ? "direct" : "indirect";
    }
    // "his suspension last season", "the Supreme Court this month": a time phrase at the end
    // of the target is not part of it.
    if (!c.target.text.empty() && IsTimeNoun(doc_.lower[c.target.text.last - 1]) &&
        entity_of_[c.target.text.last - 1] < 0) {
      TokenSpan t = c.target.text;
      --t.last;
      std::string_view w = t.empty() ? "" : std::string_view(doc_.lower[t.last - 1]);
      if (w == "this" || w == "last" || w == "next" || w == "each" || w == "every") --t.last;
      c.target = t.empty() ? ClaimParty() : Party(t);
    }
    // "I know how he's manipulating them": in the writer's own voice, a wrongdoing
    // predicate under "I" is the writer's allegation.
    if (predicate && !hedge && c.actor.text.empty() && c.attribution < 0 && c.type == "allegation") {
      for (size_t i = s.first; i < trig.first; ++i)
        if (doc_.lower[i] == "i" && doc_.pos[i] == "PRP" && !doc_.tokens[i].in_quote) {
          c.actor = Party({i, i + 1});
          break;
        }
    }
    return c;
  }

  const Document& doc_;
  const ClaimLexicon& lex_;
  const Lexicons& words_;
  const std::vector<Entity>& entities_;
  const std::vector<int>& entity_of_;
  const std::vector<Attribution>& attributions_;
  std::vector<std::vector<size_t>> near_;
};

}  // namespace

Status ClaimLexicon::Load(const std::string& data_dir) {
  std::string dir = DataDirectory(data_dir);
  Status s = LoadWordSet(dir + "/claim_triggers.txt", &triggers);
  if (s.ok()) s = LoadWordSet(dir + "/claim_cues.txt", &cues);
  if (s.ok()) s = LoadWordSet(dir + "/claim_exclusions.txt", &exclusions);
  return s;
}

std::vector<Claim> ExtractClaims(const Document& doc, const ClaimLexicon& lex, const Lexicons& words,
                                 const std::vector<Entity>& entities,
                                 const std::vector<int>& entity_of, const std::vector<Attribution>& attributions) {
  return Extractor(doc, lex, words, entities, entity_of, attributions).Run();
}

}  // namespace newsclaims::extract
