#include "extract/train/polnear_corpus.h"

#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "common/utf8.h"

namespace newsclaims::extract::train {
namespace {

struct SilverToken {
  size_t start, end;
  std::string pos, ner;
};

// doc id -> silver tokens, from a gzip'd CoNLL-U file with START/END columns.
std::map<std::string, std::vector<SilverToken>> ReadConllu(const std::string& path) {
  std::map<std::string, std::vector<SilverToken>> out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return out;
  std::vector<SilverToken>* cur = nullptr;
  char buf[1 << 16];
  while (gzgets(f, buf, sizeof buf)) {
    std::string_view line(buf);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    if (line.starts_with("# newdoc id = ")) {
      cur = &out[std::string(line.substr(14))];
      continue;
    }
    if (line.empty() || line[0] == '#' || !cur) continue;
    std::vector<std::string_view> cols;
    size_t a = 0;
    while (true) {
      size_t t = line.find('\t', a);
      cols.push_back(line.substr(a, t == std::string_view::npos ? std::string_view::npos : t - a));
      if (t == std::string_view::npos) break;
      a = t + 1;
    }
    if (cols.size() < 9) continue;
    cur->push_back({std::stoul(std::string(cols[7])), std::stoul(std::string(cols[8])), std::string(cols[3]),
                    std::string(cols[4])});
  }
  gzclose(f);
  return out;
}

std::string NerType(const std::string& corenlp) {
  if (corenlp == "PERSON") return "PERSON";
  if (corenlp == "ORGANIZATION") return "ORG";
  if (corenlp == "LOCATION") return "LOC";
  if (corenlp == "MISC") return "MISC";
  return "";
}

struct Frag {
  size_t a, b;
};
struct Attribution {
  std::vector<Frag> source, cue, content;
};

std::vector<Attribution> ReadAnn(const std::string& path) {
  std::ifstream in(path);
  std::map<std::string, std::pair<std::string, std::vector<Frag>>> spans;
  std::vector<std::map<std::string, std::string>> events;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> parts;
    std::stringstream ss(line);
    std::string part;
    while (std::getline(ss, part, '\t')) parts.push_back(part);
    if (parts.size() < 2) continue;
    if (line[0] == 'T') {
      std::string kind = parts[1].substr(0, parts[1].find(' '));
      std::string ranges = parts[1].substr(parts[1].find(' ') + 1);
      std::vector<Frag> frags;
      std::stringstream rs(ranges);
      std::string r;
      while (std::getline(rs, r, ';')) {
        size_t a = 0, b = 0;
        if (std::sscanf(r.c_str(), "%zu %zu", &a, &b) == 2) frags.push_back({a, b});
      }
      spans[parts[0]] = {kind, frags};
    } else if (line[0] == 'E') {
      std::map<std::string, std::string> roles;
      std::stringstream es(parts[1]);
      std::string kv;
      while (es >> kv) {
        size_t c = kv.find(':');
        if (c != std::string::npos) roles[kv.substr(0, c)] = kv.substr(c + 1);
      }
      events.push_back(roles);
    }
  }
  std::vector<Attribution> out;
  for (auto& e : events) {
    Attribution at;
    auto get = [&](const char* role) {
      auto it = e.find(role);
      if (it == e.end()) return std::vector<Frag>();
      auto s = spans.find(it->second);
      return s == spans.end() ? std::vector<Frag>() : s->second.second;
    };
    at.source = get("Source");
    at.cue = get("Cue");
    at.content = get("Content");
    out.push_back(std::move(at));
  }
  return out;
}

}  // namespace

Status PolnearCorpus::Load(const std::string& dir, const std::string& conllu, const WordSet& abbreviations,
                           const WordSet& no_break_after) {
  namespace fs = std::filesystem;
  auto silver = ReadConllu(conllu);
  if (silver.empty()) return Status::IOError("no silver analyses in " + conllu);
  std::vector<std::string> anns;
  for (const auto& e : fs::directory_iterator(fs::path(dir) / "attributions")) anns.push_back(e.path().filename());
  std::sort(anns.begin(), anns.end());
  std::map<std::string, std::string> chosen;
  static const std::regex kSuffix("_[0-9a-f]{4}\\.ann$");
  for (const auto& a : anns) chosen.emplace(std::regex_replace(a, kSuffix, ""), a);
  for (const auto& [base, ann] : chosen) {
    std::ifstream in(fs::path(dir) / "text" / (base + ".txt"), std::ios::binary);
    if (!in) continue;
    std::stringstream buf;
    buf << in.rdbuf();
    texts_.push_back(buf.str());
    const std::string& text = texts_.back();
    AnnotatedDoc d;
    d.id = base;
    d.doc = std::make_unique<Document>(text, abbreviations, no_break_after);
    const Document& doc = *d.doc;
    size_t n = doc.size();
    // Code point -> silver token.
    std::vector<int> cover(CodePointCount(text) + 1, -1);
    const auto& st = silver[base];
    for (size_t k = 0; k < st.size(); ++k)
      for (size_t c = st[k].start; c < st[k].end && c < cover.size(); ++c) cover[c] = static_cast<int>(k);
    d.pos.assign(n, "NN");
    d.ner.assign(n, "O");
    std::string prev_type;
    for (size_t i = 0; i < n; ++i) {
      int k = -1;
      for (size_t c = doc.tokens[i].cp_begin; c < doc.tokens[i].cp_end && k < 0; ++c) k = cover[c];
      std::string type;
      if (k >= 0) {
        d.pos[i] = st[k].pos;
        type = NerType(st[k].ner);
      } else if (doc.shape[i].find_first_of("Xxd") == std::string::npos) {
        d.pos[i] = std::string(doc.tokens[i].text);
      }
      if (!type.empty()) d.ner[i] = (type == prev_type ? "I-" : "B-") + type;
      prev_type = type;
    }
    // Attribution roles (cue over source over content).
    std::vector<int> role(n, 0);  // 0 none, 1 content, 2 source, 3 cue
    std::vector<char> starts(n, 0);
    auto mark = [&](const std::vector<Frag>& frags, int r) {
      for (const Frag& f : frags) {
        bool first = true;
        for (size_t i = 0; i < n; ++i) {
          const Token& t = doc.tokens[i];
          if (!(t.cp_begin < f.b && f.a < t.cp_end)) continue;
          if (r > role[i]) starts[i] = first;
          else if (r == role[i]) starts[i] = starts[i] && first;
          if (r >= role[i]) role[i] = r;
          first = false;
        }
      }
    };
    for (const auto& a : ReadAnn((fs::path(dir) / "attributions" / ann).string())) {
      mark(a.content, 1);
      mark(a.source, 2);
      mark(a.cue, 3);
    }
    d.cue.assign(n, "O");
    d.role.assign(n, "O");
    static const char* kRole[] = {"", "CON", "SRC", "CUE"};
    for (size_t i = 0; i < n; ++i) {
      if (role[i] == 0) continue;
      bool begin = i == 0 || role[i - 1] != role[i] || starts[i];
      std::string label = std::string(begin ? "B-" : "I-") + kRole[role[i]];
      (role[i] == 3 ? d.cue[i] : d.role[i]) = label;
    }
    docs_.push_back(std::move(d));
  }
  return Status::OK();
}

}  // namespace newsclaims::extract::train
