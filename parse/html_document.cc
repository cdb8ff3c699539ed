// gumbo wrapper and DOM helpers; tested by html_document_test.cc.
#include "parse/html_document.h"

#include <cstring>
#include <vector>

namespace newsclaims::parse {
namespace {

bool IsSpaceByte(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// Appends `s` with white space collapsed; `out` remembers whether it ends in a space.
void AppendCollapsed(std::string_view s, std::string& out) {
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    bool space = IsSpaceByte(c);
    if (!space && c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      space = true;
      ++i;
    }
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(c);
    }
  }
}

}  // namespace

HtmlDocument::HtmlDocument(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never read parse errors; recording them costs time and memory
  output_ = gumbo_parse_with_options(&options, html.data(), html.size());
  const GumboNode* r = output_->root;
  if (r && r->type == GUMBO_NODE_ELEMENT) {
    const GumboVector& kids = r->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (IsTag(k, GUMBO_TAG_HEAD)) head_ = k;
      if (IsTag(k, GUMBO_TAG_BODY)) body_ = k;
    }
  }
  std::vector<const GumboNode*> stack{r};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    ++node_count_;
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = 0; i < kids.length; ++i) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
}

HtmlDocument::~HtmlDocument() { gumbo_destroy_output(&kGumboDefaultOptions, output_); }

const GumboNode* HtmlDocument::root() const { return output_->root; }

bool IsElement(const GumboNode* n) { return n && n->type == GUMBO_NODE_ELEMENT; }

bool IsTag(const GumboNode* n, GumboTag tag) { return IsElement(n) && n->v.element.tag == tag; }

std::string_view Attr(const GumboNode* n, const char* name) {
  if (!IsElement(n)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

bool HasAttr(const GumboNode* n, const char* name) {
  return IsElement(n) && gumbo_get_attribute(&n->v.element.attributes, name) != nullptr;
}

std::string TagName(const GumboNode* n) {
  if (!IsElement(n)) return {};
  if (n->v.element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(n->v.element.tag);
  GumboStringPiece piece = n->v.element.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string name(piece.data, piece.length);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

std::string ClassAndId(const GumboNode* n) {
  std::string s(Attr(n, "class"));
  s += ' ';
  s += Attr(n, "id");
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void AppendText(const GumboNode* n, std::string& out) {
  std::vector<const GumboNode*> stack{n};
  while (!stack.empty()) {
    const GumboNode* cur = stack.back();
    stack.pop_back();
    switch (cur->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        AppendCollapsed(cur->v.text.text, out);
        break;
      case GUMBO_NODE_ELEMENT: {
        GumboTag t = cur->v.element.tag;
        if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_TEMPLATE || t == GUMBO_TAG_NOSCRIPT) break;
        if (t == GUMBO_TAG_BR && !out.empty() && out.back() != ' ') out += ' ';
        const GumboVector& kids = cur->v.element.children;
        for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
        break;
      }
      default:
        break;
    }
  }
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  AppendCollapsed(s, out);
  size_t b = out.find_first_not_of(' ');
  if (b == std::string::npos) return {};
  size_t e = out.find_last_not_of(' ');
  return out.substr(b, e - b + 1);
}

std::string NodeText(const GumboNode* n) {
  std::string out;
  AppendText(n, out);
  return CollapseSpace(out);
}

void ForEachElement(const GumboNode* n, const std::function<bool(const GumboNode*)>& fn) {
  std::vector<const GumboNode*> stack;
  auto push_children = [&](const GumboNode* p) {
    const GumboVector& kids = p->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) {
      auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_ELEMENT) stack.push_back(k);
    }
  };
  if (IsElement(n)) push_children(n);
  while (!stack.empty()) {
    const GumboNode* cur = stack.back();
    stack.pop_back();
    if (fn(cur)) push_children(cur);
  }
}

}  // namespace newsclaims::parse
