#include "extract/entity_linker.h"

#include <algorithm>
#include <functional>

#include "common/utf8.h"
#include "extract/tokenizer.h"

namespace newsclaims::extract {
namespace {

bool IsFunctionWord(std::string_view w) {
  return w == "of" || w == "the" || w == "and" || w == "for" || w == "&" || w == "on" || w == "in";
}

// "Department of Homeland Security" -> "DHS".
std::string Initials(const Document& doc, TokenSpan s) {
  std::string out;
  for (size_t i = s.first; i < s.last; ++i) {
    std::string_view t = doc.tokens[i].text;
    if (IsFunctionWord(doc.lower[i]) || t.empty()) continue;
    if (t[0] >= 'A' && t[0] <= 'Z') out.push_back(t[0]);
  }
  return out;
}

bool IsAcronym(std::string_view t) {
  if (t.size() < 2 || t.size() > 8) return false;
  size_t upper = 0;
  for (char c : t) {
    if (c >= 'A' && c <= 'Z') ++upper;
    else if (c != '.' && c != '&' && !(c >= 'a' && c <= 'z')) return false;
  }
  return upper >= 2 && t[0] >= 'A' && t[0] <= 'Z';
}

std::string Compact(std::string_view t) {
  std::string out;
  for (char c : t)
    if (c != '.') out.push_back(c);
  return out;
}

std::vector<std::string_view> Words(const Document& doc, TokenSpan s) {
  std::vector<std::string_view> out;
  for (size_t i = s.first; i < s.last; ++i) out.push_back(doc.tokens[i].text);
  return out;
}

class Linker {
 public:
  Linker(const Document& doc, const Lexicons& lex) : doc_(doc), lex_(lex), owner_(doc.size(), -1) {}

  std::vector<Entity> Run(std::vector<int>* entity_of) {
    std::vector<LabelledSpan> names = BioSpans(doc_.ner);
    for (LabelledSpan& m : names) {
      // A name never runs across sentences (a tagged "I." ending one paragraph and
      // "Clinton" starting the next): keep the part in the last sentence.
      if (!m.span.empty() && doc_.sentence_of[m.span.first] != doc_.sentence_of[m.span.last - 1])
        m.span.first = doc_.sentences[doc_.sentence_of[m.span.last - 1]].first;
      m.span = Trim(m.span);
    }
    CorrectTypes(names);
    for (const LabelledSpan& m : names) AddName(m.span, std::string(m.type));
    AddUntaggedAcronyms();
    AddUntaggedSurnames();
    AddDescriptionsAndPronouns();
    for (Entity& e : entities_) CollectRoles(e);
    for (size_t k = 0; k < entities_.size(); ++k) entities_[k].id = "e" + std::to_string(k + 1);
    if (entity_of) *entity_of = owner_;
    return std::move(entities_);
  }

 private:
  // Drops a trailing possessive and surrounding punctuation from a name span.
  TokenSpan Trim(TokenSpan s) {
    while (s.last > s.first && (doc_.lower[s.last - 1] == "'s" || doc_.lower[s.last - 1] == "'" ||
                                doc_.shape[s.last - 1].find_first_of("Xxd") == std::string::npos))
      --s.last;
    while (s.first < s.last && doc_.shape[s.first].find_first_of("Xxd") == std::string::npos) ++s.first;
    return s;
  }

  // Organisation suffixes outrank the tagger ("Kaspersky Lab", "Barclays bank"); a lone
  // word that is the surname of a person named earlier is that person.
  void CorrectTypes(std::vector<LabelledSpan>& names) {
    static const std::string_view kOrg = "ORG", kPerson = "PERSON", kLoc = "LOC";
    // "Eugene" (ORG) + "Kaspersky" (PERSON) side by side: one person's name.
    for (size_t k = 0; k + 1 < names.size(); ++k) {
      LabelledSpan& a = names[k];
      LabelledSpan& b = names[k + 1];
      // "Kaspersky" (PERSON) + "Lab" (ORG): an organisation suffix completes the name.
      if (a.span.last == b.span.first && !a.span.empty() && b.span.last - b.span.first == 1 &&
          lex_.org_suffixes.Contains(doc_.lower[b.span.first])) {
        b.span.first = a.span.first;
        b.type = kOrg;
        a.span = {};
        continue;
      }
      if (a.span.last == b.span.first && b.type == kPerson && a.span.last - a.span.first == 1 && !a.span.empty()) {
        b.span.first = a.span.first;
        a.span = {};
      }
    }
    std::vector<std::string_view> surnames;
    for (LabelledSpan& m : names) {
      if (m.span.empty()) continue;
      std::string_view last = doc_.lower[m.span.last - 1];
      bool suffix = m.span.last - m.span.first >= 2 && lex_.org_suffixes.Contains(last);
      bool followed = m.span.last < doc_.size() && lex_.org_suffixes.Contains(doc_.lower[m.span.last]) &&
                      doc_.tokens[m.span.last].text[0] >= 'a';
      // "the British bank Barclays": an organisation noun right before the name.
      bool after_org_noun = m.span.first > 0 && lex_.org_nouns.Contains(doc_.lower[m.span.first - 1]) &&
                            doc_.tokens[m.span.first - 1].text[0] >= 'a';
      if (suffix || followed || after_org_noun) m.type = kOrg;
      // "Vietnam", "Beijing": a name in the places list is a place whatever the tagger said.
      else if (lex_.places.Contains(AsciiLower(doc_.Slice(m.span.first, m.span.last)))) m.type = kLoc;
      if (m.type == kPerson && m.span.last - m.span.first >= 2) surnames.push_back(doc_.tokens[m.span.last - 1].text);
      if (m.span.last - m.span.first == 1 && m.type != kPerson && m.type != kOrg &&
          std::find(surnames.begin(), surnames.end(), doc_.tokens[m.span.first].text) != surnames.end())
        m.type = kPerson;
    }
  }

  // 'm' after "Mr.", 'f' after "Mrs."/"Ms."/"Miss", else 0: "Mrs. Clinton" is not the
  // person called "Mr. Clinton" in the same article.
  char Honorific(size_t first) const {
    if (first == 0) return 0;
    std::string_view w = doc_.lower[first - 1];
    if (w == "mr." || w == "mr") return 'm';
    if (w == "mrs." || w == "mrs" || w == "ms." || w == "ms" || w == "miss") return 'f';
    return 0;
  }

  // True when entity `x` may be the one a mention with honorific `h` names.
  bool Compatible(const Entity& x, char h) const {
    char g = gender_[&x - entities_.data()];
    return h == 0 || g == 0 || g == h;
  }

  void Attach(int e, TokenSpan s, const char* kind) {
    Entity& ent = entities_[e];
    if (char h = Honorific(s.first); h && !gender_[e]) gender_[e] = h;
    ent.mentions.push_back({s, kind});
    std::string text(doc_.Slice(s.first, s.last));
    if (text != ent.name && std::find(ent.aliases.begin(), ent.aliases.end(), text) == ent.aliases.end())
      ent.aliases.push_back(text);
    for (size_t i = s.first; i < s.last; ++i) owner_[i] = e;
  }

  int Find(const std::string& type, const std::function<bool(const Entity&)>& pred) {
    for (int k = static_cast<int>(entities_.size()) - 1; k >= 0; --k)
      if (entities_[k].type == type && pred(entities_[k])) return k;
    return -1;
  }

  void AddName(TokenSpan s, std::string type) {
    if (s.empty()) return;
    std::string text(doc_.Slice(s.first, s.last));
    auto words = Words(doc_, s);
    bool acronym = words.size() == 1 && IsAcronym(words[0]);
    // The same name again.
    char h = Honorific(s.first);
    int e = Find(type, [&](const Entity& x) {
      return Compatible(x, h) &&
             (x.name == text || std::find(x.aliases.begin(), x.aliases.end(), text) != x.aliases.end());
    });
    if (e < 0 && acronym) {
      std::string a = Compact(words[0]);
      for (int k = static_cast<int>(entities_.size()) - 1; k >= 0 && e < 0; --k)
        if (entities_[k].type != "PERSON" && entities_[k].mentions.size() &&
            Initials(doc_, entities_[k].mentions.front().span) == a)
          e = k;
      // "Department of Homeland Security (DHS)": a parenthesised acronym right after a name.
      if (e < 0 && s.first >= 2 && doc_.lower[s.first - 1] == "(" && owner_[s.first - 2] >= 0)
        e = owner_[s.first - 2];
      if (e >= 0) type = entities_[e].type;
    }
    if (e < 0 && words.size() == 1 && s.last < doc_.size() && doc_.pos[s.last].starts_with("NN") &&
        doc_.tokens[s.last].text[0] >= 'a') {
      // "Kaspersky products": a name used as a modifier belongs to the organisation it starts.
      int org = Find("ORG", [&](const Entity& x) { return Words(doc_, x.mentions.front().span).front() == words[0]; });
      if (org >= 0) {
        Attach(org, s, "name");
        return;
      }
    }
    if (e < 0 && words.size() == 1) {
      // A single word that is the last (people) or first (organisations) word of a name.
      e = Find(type, [&](const Entity& x) {
        auto xw = Words(doc_, x.mentions.front().span);
        if (xw.size() < 2 || !Compatible(x, h)) return false;
        return type == "PERSON" ? xw.back() == words[0] : xw.front() == words[0];
      });
    }
    if (e < 0 && words.size() >= 2 && type == "PERSON") {
      // A full name after its surname alone: the earlier entity takes the full name.
      e = Find(type, [&](const Entity& x) { return x.name == words.back(); });
      if (e >= 0) {
        entities_[e].aliases.push_back(entities_[e].name);
        entities_[e].name = text;
      }
    }
    if (e >= 0) {
      Attach(e, s, acronym ? "acronym" : "name");
      return;
    }
    Entity ent;
    ent.type = type;
    ent.name = text;
    entities_.push_back(std::move(ent));
    gender_.push_back(0);
    Attach(static_cast<int>(entities_.size()) - 1, s, acronym ? "acronym" : "name");
  }

  // The most recent entity of `type` mentioned before token `at` within `window`
  // sentences, when no other entity of that type was mentioned in between.
  int Recent(const std::string& type, size_t at, size_t window, std::string_view head, char gender = 0) {
    size_t si = doc_.sentence_of[at];
    // The first person named earlier in the same sentence, usually its subject, is the
    // antecedent ("Swift got support after accusing them of trying to stop her").
    if (type == "PERSON" && head.empty())
      for (size_t i = doc_.sentences[si].first; i < at; ++i)
        if (owner_[i] >= 0 && entities_[owner_[i]].type == type && Compatible(entities_[owner_[i]], gender))
          return owner_[i];
    size_t from = doc_.sentences[si >= window ? si - window : 0].first;
    int found = -1;
    for (size_t i = at; i-- > from;) {
      int e = owner_[i];
      if (e < 0 || entities_[e].type != type || !Compatible(entities_[e], gender)) continue;
      if (head == "company" || head == "firm") {
        if (IsPublicBody(entities_[e])) continue;
        return e;
      }
      if (!head.empty()) {
        // "the department" prefers an organisation whose name has that word.
        std::string lname = AsciiLower(entities_[e].name);
        if (lname.find(head) != std::string::npos) return e;
      }
      if (found < 0) found = e;
      else if (found != e && head.empty()) return -1;  // ambiguous
    }
    return found;
  }

  bool IsPublicBody(const Entity& e) const {
    for (const EntityMention& m : e.mentions)
      for (size_t i = m.span.first; i < m.span.last; ++i)
        if (lex_.government_words.Contains(doc_.lower[i])) return true;
    return false;
  }

  // Acronyms the tagger missed ("DHS") that abbreviate an organisation named earlier.
  void AddUntaggedAcronyms() {
    for (size_t i = 0; i < doc_.size(); ++i) {
      if (owner_[i] >= 0 || !IsAcronym(doc_.tokens[i].text)) continue;
      std::string a = Compact(doc_.tokens[i].text);
      for (int k = static_cast<int>(entities_.size()) - 1; k >= 0; --k) {
        const Entity& e = entities_[k];
        if (e.type == "PERSON" || e.mentions.empty() || e.mentions.front().span.first > i) continue;
        if (Initials(doc_, e.mentions.front().span) == a ||
            std::find(e.aliases.begin(), e.aliases.end(), std::string(doc_.tokens[i].text)) != e.aliases.end()) {
          Attach(k, {i, i + 1}, "acronym");
          break;
        }
      }
    }
  }

  // Surnames the tagger missed ("Swift got support" after "Taylor Swift"): a lone proper
  // noun that is the last word of a person's full name joins that person, the way a tagged
  // surname does in AddName.
  void AddUntaggedSurnames() {
    for (size_t i = 0; i < doc_.size(); ++i) {
      if (owner_[i] >= 0 || doc_.pos[i] != "NNP") continue;
      bool first = i == doc_.sentences[doc_.sentence_of[i]].first;
      if ((!first && StartsUpper(doc_.tokens[i - 1].text)) || (i + 1 < doc_.size() && StartsUpper(doc_.tokens[i + 1].text)))
        continue;
      char h = Honorific(i);
      int e = Find("PERSON", [&](const Entity& x) {
        auto words = Words(doc_, x.mentions.front().span);
        return words.size() >= 2 && words.back() == doc_.tokens[i].text && Compatible(x, h);
      });
      if (e >= 0) Attach(e, {i, i + 1}, "name");
    }
  }

  void AddDescriptionsAndPronouns() {
    for (size_t i = 0; i < doc_.size(); ++i) {
      if (owner_[i] >= 0) continue;
      std::string_view w = doc_.lower[i];
      if ((w == "the" || w == "this") && i + 1 < doc_.size() && lex_.org_nouns.Contains(doc_.lower[i + 1]) &&
          owner_[i + 1] < 0 && doc_.tokens[i + 1].text[0] >= 'a') {
        int e = Recent("ORG", i, 3, doc_.lower[i + 1]);
        if (e >= 0) Attach(e, {i, i + 2}, "description");
        continue;
      }
      if (w == "it" || w == "its") {
        int e = Recent("ORG", i, 1, "");
        if (e >= 0) Attach(e, {i, i + 1}, "pronoun");
      } else if (lex_.person_nouns.Contains(w)) {
        char gender = w == "he" || w == "his" || w == "him" ? 'm' : w == "she" || w == "her" ? 'f' : 0;
        int e = Recent("PERSON", i, 2, "", gender);
        if (e >= 0) Attach(e, {i, i + 1}, "pronoun");
      }
    }
    // Keep mentions in text order.
    for (Entity& e : entities_)
      std::sort(e.mentions.begin(), e.mentions.end(),
                [](const EntityMention& a, const EntityMention& b) { return a.span.first < b.span.first; });
  }

  bool HasTitle(size_t a, size_t b) const {
    for (size_t i = a; i < b; ++i) {
      if (lex_.titles.Contains(doc_.lower[i])) return true;
      if (i + 1 < b && lex_.titles.Contains(doc_.lower[i] + " " + doc_.lower[i + 1])) return true;
    }
    return false;
  }

  void AddRole(Entity& e, size_t a, size_t b) {
    std::string role(doc_.Slice(a, b));
    if (!role.empty() && std::find(e.roles.begin(), e.roles.end(), role) == e.roles.end()) e.roles.push_back(role);
  }

  void CollectRoles(Entity& e) {
    if (e.type != "PERSON") return;
    for (const EntityMention& m : e.mentions) {
      if (m.kind != "name") continue;
      const Sentence& s = doc_.sentences[doc_.sentence_of[m.span.first]];
      // Apposition after the name: "Eugene Kaspersky, CEO of Kaspersky Lab, said".
      if (m.span.last + 1 < s.last && doc_.lower[m.span.last] == ",") {
        size_t a = m.span.last + 1, b = a;
        while (b < s.last && b - a < 12 && doc_.lower[b] != "," && doc_.lower[b] != "." &&
               !doc_.pos[b].starts_with("VB") && !doc_.pos[b].starts_with("MD"))
          ++b;
        if (doc_.lower[a] == "a" || doc_.lower[a] == "an" || doc_.lower[a] == "the") ++a;
        if (b > a && HasTitle(a, b)) AddRole(e, a, b);
      }
      // Title before the name: "acting secretary of homeland security Elaine Duke", also
      // with a comma: "the acting secretary of homeland security, Elaine Duke,".
      size_t b = m.span.first;
      if (b > s.first + 1 && doc_.lower[b - 1] == ",") --b;
      size_t a = b;
      while (a > s.first && b - a < 8) {
        std::string_view p = doc_.pos[a - 1];
        if (!(p.starts_with("NN") || p.starts_with("JJ") || p == "IN" || p == "CC") || doc_.lower[a - 1] == ",") break;
        if (p == "IN" && doc_.lower[a - 1] != "of") break;
        --a;
      }
      while (a < b && (doc_.pos[a] == "IN" || doc_.pos[a] == "CC")) ++a;
      if (a < b && HasTitle(a, b)) AddRole(e, a, b);
    }
  }

  const Document& doc_;
  const Lexicons& lex_;
  std::vector<int> owner_;
  std::vector<Entity> entities_;
  // Per entity: 'm' or 'f' from the first honorific among its mentions, else 0. Kept as
  // mentions are attached rather than derived from them, so that Compatible() stays O(1):
  // deriving it made 60,000 "John Smith said he..." sentences take 31 s instead of 1.6 s.
  std::vector<char> gender_;
};

}  // namespace

std::vector<Entity> LinkEntities(const Document& doc, const Lexicons& lex, std::vector<int>* entity_of) {
  return Linker(doc, lex).Run(entity_of);
}

}  // namespace newsclaims::extract
