// ContentExtractor: finds the article body of a page and returns it as paragraphs.
// It splits the page into text blocks (skipping boilerplate elements), scores each block
// as likely content or furniture, picks the element whose blocks sum to the highest
// score, and keeps that element's content blocks. See docs/parse.md for the method.
#pragma once

#include <string>
#include <vector>

#include "common/stage_runner.h"
#include "parse/html_document.h"

namespace newsclaims::parse {

struct ContentOptions {
  size_t min_body_chars = 200;  // below this the page is "not an article" and text is empty
  std::string title;            // the article title; a heading equal to it is not body text
};

struct ExtractedContent {
  std::vector<std::string> paragraphs;  // body paragraphs, whitespace-collapsed
  std::string reason;                   // why the body is empty ("no_body_text", ...), else empty
  bool timed_out = false;               // the record's time budget ran out
};

ExtractedContent ExtractContent(const HtmlDocument& doc, const ContentOptions& options,
                                const RecordContext* ctx = nullptr);

}  // namespace newsclaims::parse
