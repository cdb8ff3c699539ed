// HtmlDocument: an HTML page parsed by gumbo-parser, plus the small DOM helpers the
// extractors share (attributes, tag tests, whitespace-collapsed text). The document owns
// the gumbo tree; node pointers stay valid for the document's lifetime.
#pragma once

#include <gumbo.h>

#include <functional>
#include <string>
#include <string_view>

namespace newsclaims::parse {

class HtmlDocument {
 public:
  // Parses `html` (UTF-8). The string must outlive the document: gumbo keeps pointers into it.
  explicit HtmlDocument(std::string_view html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  const GumboNode* root() const;      // the <html> element
  const GumboNode* head() const { return head_; }  // may be null
  const GumboNode* body() const { return body_; }  // may be null
  size_t node_count() const { return node_count_; }

 private:
  GumboOutput* output_;
  const GumboNode* head_ = nullptr;
  const GumboNode* body_ = nullptr;
  size_t node_count_ = 0;
};

bool IsElement(const GumboNode* n);
bool IsTag(const GumboNode* n, GumboTag tag);
// The attribute's value, or empty when absent.
std::string_view Attr(const GumboNode* n, const char* name);
bool HasAttr(const GumboNode* n, const char* name);
// The element's lower-case tag name (also for unknown tags such as <amp-img>).
std::string TagName(const GumboNode* n);
// The element's "class" and "id" joined by a space, lower-cased.
std::string ClassAndId(const GumboNode* n);

// Appends the text of `n` and its descendants to `out`, collapsing runs of white space to
// one space. Script, style and template contents are skipped.
void AppendText(const GumboNode* n, std::string& out);
// Text of `n`, whitespace-collapsed and trimmed.
std::string NodeText(const GumboNode* n);
// Trims and collapses white space (ASCII and U+00A0) in `s`.
std::string CollapseSpace(std::string_view s);

// Calls `fn` on every element below `n` in document order; `fn` returns false to skip
// that element's children.
void ForEachElement(const GumboNode* n, const std::function<bool(const GumboNode*)>& fn);

}  // namespace newsclaims::parse
