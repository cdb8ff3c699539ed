// Article body extraction by block scoring; tested by content_extractor_test.cc and the
// golden pages in tests/fixtures/pages/.
#include "parse/content_extractor.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "common/utf8.h"
#include "parse/boilerplate_rules.h"

namespace newsclaims::parse {
namespace {

// One run of text between block boundaries, with the element that holds it.
struct Block {
  std::string text;
  size_t chars = 0;        // code points
  size_t link_chars = 0;   // code points inside <a>
  const GumboNode* owner;  // nearest block-level element around the text
  bool heading = false;
  bool positive = false;   // inside an element marked as article body
  double value = 0;
};

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_HR: case GUMBO_TAG_CENTER: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_BODY: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FIGURE:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag t) {
  return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 ||
         t == GUMBO_TAG_H6;
}

// Code points of prose (text of <p> elements of 60 or more characters) below each element.
class ProseCounter {
 public:
  explicit ProseCounter(const GumboNode* root, size_t node_count) {
    kinds_.reserve(node_count);
    // Post-order without recursion: the page may be nested arbitrarily deep.
    std::vector<std::pair<const GumboNode*, unsigned>> stack{{root, 0}};
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      const GumboVector& kids = node->v.element.children;
      if (next < kids.length) {
        auto* k = static_cast<const GumboNode*>(kids.data[next++]);
        if (k->type != GUMBO_NODE_ELEMENT) continue;
        ElementKind kind = ClassifyElement(k);
        kinds_.emplace(k, kind);
        if (kind != ElementKind::kJunk) stack.push_back({k, 0});
        continue;
      }
      size_t own = 0;
      if (node->v.element.tag == GUMBO_TAG_P) {
        text_.clear();
        AppendText(node, text_);
        size_t n = CodePointCount(text_);
        own = n >= 60 ? n : 0;
      } else {
        size_t direct = 0;  // text directly inside, as in <div>text<br>text</div>
        for (unsigned i = 0; i < kids.length; ++i) {
          auto* k = static_cast<const GumboNode*>(kids.data[i]);
          if (k->type == GUMBO_NODE_TEXT) direct += CodePointCount(k->v.text.text);
          auto it = prose_.find(k);
          if (it != prose_.end()) own += it->second;
        }
        if (direct >= 60) own += direct;
      }
      if (own) prose_[node] = own;
      stack.pop_back();
    }
    total_ = Of(root);
  }
  size_t Of(const GumboNode* n) const {
    auto it = prose_.find(n);
    return it == prose_.end() ? 0 : it->second;
  }
  size_t total() const { return total_; }
  // ClassifyElement of `n`, computed once during the count.
  ElementKind Kind(const GumboNode* n) const {
    auto it = kinds_.find(n);
    return it == kinds_.end() ? ClassifyElement(n) : it->second;
  }

 private:
  std::unordered_map<const GumboNode*, ElementKind> kinds_;
  std::string text_;  // scratch buffer for paragraph text
  std::unordered_map<const GumboNode*, size_t> prose_;
  size_t total_ = 0;
};

// Walks the tree once, cutting text into blocks and remembering each block's ancestors.
class BlockCollector {
 public:
  BlockCollector(const RecordContext* ctx, const ProseCounter& prose) : ctx_(ctx), prose_(prose) {}

  void Run(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      unsigned next_child;
      bool positive;
    };
    std::vector<Frame> stack;
    stack.push_back({root, 0, false});
    elements_.push_back(root);
    size_t steps = 0;
    while (!stack.empty()) {
      if (ctx_ && (++steps & 4095) == 0 && ctx_->Expired()) {
        timed_out_ = true;
        return;
      }
      Frame& f = stack.back();
      const GumboVector& kids = f.node->v.element.children;
      if (f.next_child >= kids.length) {
        LeaveElement(f.node);
        stack.pop_back();
        continue;
      }
      auto* child = static_cast<const GumboNode*>(kids.data[f.next_child++]);
      bool positive = f.positive;
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
        AddText(child->v.text.text, positive);
        continue;
      }
      if (child->type != GUMBO_NODE_ELEMENT) continue;
      GumboTag tag = child->v.element.tag;
      if (tag == GUMBO_TAG_BR) {
        LineBreak();
        continue;
      }
      ElementKind kind = prose_.Kind(child);
      if (kind == ElementKind::kSoftJunk) {
        // Furniture by its name, unless it holds most of the page's prose (a mislabelled wrapper).
        size_t prose = prose_.Of(child);
        bool holds_article = prose >= 500 && prose * 10 >= prose_.total() * 4;
        kind = holds_article ? ElementKind::kNormal : ElementKind::kJunk;
      }
      if (kind == ElementKind::kJunk) {
        if (IsBlockTag(tag)) EndBlock();
        continue;
      }
      if (kind == ElementKind::kPositive) positive = true;
      EnterElement(child);
      stack.push_back({child, 0, positive});
    }
    EndBlock();
  }

  std::vector<Block>& blocks() { return blocks_; }
  // Ancestor chain (element indices into elements()) of each block, innermost first.
  const std::vector<std::vector<uint32_t>>& chains() const { return chains_; }
  const std::vector<const GumboNode*>& elements() const { return elements_; }
  bool timed_out() const { return timed_out_; }

 private:
  void EnterElement(const GumboNode* n) {
    GumboTag t = n->v.element.tag;
    if (IsBlockTag(t)) EndBlock();
    if (t == GUMBO_TAG_A) ++in_link_;
    open_.push_back(static_cast<uint32_t>(elements_.size()));
    elements_.push_back(n);
    if (IsHeading(t)) ++in_heading_;
  }

  void LeaveElement(const GumboNode* n) {
    if (open_.empty()) return;  // the root
    GumboTag t = n->v.element.tag;
    if (IsBlockTag(t)) EndBlock();
    if (t == GUMBO_TAG_A && in_link_ > 0) --in_link_;
    if (IsHeading(t) && in_heading_ > 0) --in_heading_;
    open_.pop_back();
  }

  void AddText(std::string_view s, bool positive) {
    if (current_.text.empty()) {
      current_.positive = positive;
      current_.heading = in_heading_ > 0;
      current_.owner = open_.empty() ? elements_[0] : elements_[open_.back()];
    }
    size_t before = current_.text.size();
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = s[i];
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
      if (!space && c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
        space = true;
        ++i;
      }
      if (space) {
        if (!current_.text.empty() && current_.text.back() != ' ') current_.text += ' ';
      } else {
        current_.text += static_cast<char>(c);
      }
    }
    if (in_link_ > 0) current_.link_chars += CodePointCount(std::string_view(current_.text).substr(before));
    pending_breaks_ = 0;
  }

  // Two <br> in a row end a paragraph; one is a line break inside it.
  void LineBreak() {
    if (++pending_breaks_ >= 2) {
      EndBlock();
    } else if (!current_.text.empty() && current_.text.back() != ' ') {
      current_.text += ' ';
    }
  }

  void EndBlock() {
    pending_breaks_ = 0;
    while (!current_.text.empty() && current_.text.back() == ' ') current_.text.pop_back();
    size_t b = current_.text.find_first_not_of(' ');
    if (b == std::string::npos) {
      current_ = Block();
      return;
    }
    if (b > 0) current_.text.erase(0, b);
    current_.chars = CodePointCount(current_.text);
    if (current_.link_chars > current_.chars) current_.link_chars = current_.chars;
    blocks_.push_back(std::move(current_));
    std::vector<uint32_t> chain;
    for (size_t i = open_.size(); i-- > 0 && chain.size() < 48;) chain.push_back(open_[i]);
    chain.push_back(0);
    chains_.push_back(std::move(chain));
    current_ = Block();
  }

  const RecordContext* ctx_;
  const ProseCounter& prose_;
  std::vector<Block> blocks_;
  std::vector<std::vector<uint32_t>> chains_;
  std::vector<const GumboNode*> elements_;
  std::vector<uint32_t> open_;
  Block current_{};
  int in_link_ = 0;
  int in_heading_ = 0;
  int pending_breaks_ = 0;
  bool timed_out_ = false;
};

// Sentence punctuation, ASCII and CJK (。、，！？).
size_t CountPunctuation(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (c == ',' || c == '.' || c == ';' || c == '?' || c == '!');
  for (const char* p : {"\u3002", "\u3001", "\uFF0C", "\uFF01", "\uFF1F"}) {
    for (size_t i = s.find(p); i != std::string_view::npos; i = s.find(p, i + 3)) ++n;
  }
  return n;
}

// How much a block looks like article prose (positive) or page furniture (negative).
double BlockValue(const Block& b) {
  double chars = static_cast<double>(b.chars);
  double link_density = chars > 0 ? b.link_chars / chars : 0;
  if (link_density > 0.5) return -chars;
  if (IsFurnitureLine(b.text)) return -chars;
  bool sentence_like = CountPunctuation(b.text) > 0;
  double v;
  if (chars >= 80 && link_density < 0.3 && sentence_like) {
    v = chars * (1 - link_density);
  } else if (chars >= 40 && link_density < 0.3 && sentence_like) {
    v = chars * 0.5;
  } else {
    v = -std::min(chars, 30.0) * 0.5 - chars * link_density;
  }
  if (b.positive && v > 0) v *= 1.5;
  return v;
}

bool KeepBlock(const Block& b, const std::string& title) {
  double chars = static_cast<double>(b.chars);
  double link_density = chars > 0 ? b.link_chars / chars : 0;
  if (link_density > 0.5) return false;
  if (IsFurnitureLine(b.text)) return false;
  if (b.heading && !title.empty() && b.text == title) return false;
  if (link_density > 0.25 && chars < 100) return false;
  return true;
}

}  // namespace

ExtractedContent ExtractContent(const HtmlDocument& doc, const ContentOptions& options, const RecordContext* ctx) {
  ExtractedContent out;
  const GumboNode* body = doc.body();
  if (!body) {
    out.reason = "no_body";
    return out;
  }
  ProseCounter prose(body, doc.node_count());
  BlockCollector collector(ctx, prose);
  collector.Run(body);
  if (collector.timed_out()) {
    out.timed_out = true;
    return out;
  }
  auto& blocks = collector.blocks();
  const auto& chains = collector.chains();
  std::vector<double> score(collector.elements().size(), 0.0);
  for (size_t i = 0; i < blocks.size(); ++i) {
    blocks[i].value = BlockValue(blocks[i]);
    for (uint32_t e : chains[i]) score[e] += blocks[i].value;
  }
  size_t best = 0;
  for (size_t e = 1; e < score.size(); ++e)
    if (score[e] > score[best]) best = e;
  if (score[best] <= 0) {
    out.reason = "no_article_text";
    return out;
  }
  size_t total = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    bool inside = false;
    for (uint32_t e : chains[i])
      if (e == best) inside = true;
    if (!inside || !KeepBlock(blocks[i], options.title)) continue;
    total += blocks[i].chars;
    out.paragraphs.push_back(std::move(blocks[i].text));
  }
  if (total < options.min_body_chars) {
    out.paragraphs.clear();
    out.reason = "too_little_text";
  }
  return out;
}

}  // namespace newsclaims::parse
