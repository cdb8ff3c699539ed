// Tests for parse/content_extractor.cc and parse/boilerplate_rules.cc.
#include "parse/content_extractor.h"

#include <catch2/catch.hpp>

#include "parse/boilerplate_rules.h"

using namespace newsclaims::parse;

namespace {
const char* kProse =
    "<p>The council met on Tuesday to discuss the new budget, which includes money for roads, parks and libraries.</p>"
    "<p>Residents who spoke at the meeting said they wanted more spending on buses, and fewer new car parks in the centre.</p>"
    "<p>The final vote is expected next month, after a second round of public hearings in each of the districts.</p>";

std::string Text(const std::string& html) {
  HtmlDocument doc(html);
  ExtractedContent c = ExtractContent(doc, ContentOptions{});
  std::string out;
  for (const auto& p : c.paragraphs) out += p + "\n";
  return out.empty() ? "[" + c.reason + "]" : out;
}
}  // namespace

TEST_CASE("Navigation, sharing, comments and captions are left out", "[content]") {
  std::string html = std::string("<body><nav><a href=/>Home</a><a href=/n>News</a></nav>") +
                     "<div class='share-buttons'>Share this story with your friends on every network</div>" +
                     "<article><figure><img src=x><figcaption>A photo of the council chamber, taken last year</figcaption></figure>" +
                     kProse + "<p>Advertisement</p></article>" +
                     "<div class='comments'><p>This is a long comment from a reader, who disagrees with the council about everything.</p></div>"
                     "<footer>Copyright 2024 The Paper, all rights reserved, no reproduction without permission.</footer></body>";
  std::string text = Text(html);
  CHECK(text.find("The council met on Tuesday") == 0);
  CHECK(text.find("public hearings") != std::string::npos);
  CHECK(text.find("Share this") == std::string::npos);
  CHECK(text.find("photo of the council") == std::string::npos);
  CHECK(text.find("Advertisement") == std::string::npos);
  CHECK(text.find("long comment") == std::string::npos);
  CHECK(text.find("Copyright") == std::string::npos);
}

TEST_CASE("A mislabelled wrapper that holds the article is kept", "[content]") {
  std::string html = std::string("<body><div class='sidebar-layout'>") + kProse + kProse + "</div></body>";
  CHECK(Text(html).find("The council met") == 0);
}

TEST_CASE("Text separated by double <br> becomes paragraphs", "[content]") {
  std::string html =
      "<body><div class='post-body'>First paragraph of a blog post, with enough words to count as prose here."
      "<br><br>Second paragraph of the blog post, again long enough, and with some commas, too.<br>Same paragraph."
      "<br><br>Third paragraph closes the post, with a final thought about the weather and the hike.</div></body>";
  HtmlDocument doc(html);
  ExtractedContent c = ExtractContent(doc, ContentOptions{});
  REQUIRE(c.paragraphs.size() == 3);
  CHECK(c.paragraphs[1] == "Second paragraph of the blog post, again long enough, and with some commas, too. Same paragraph.");
}

TEST_CASE("Pages without article text get a reason instead of text", "[content]") {
  CHECK(Text("<body><ul><li><a href=1>One headline</a></li><li><a href=2>Two headline</a></li></ul></body>") ==
        "[no_article_text]");
  CHECK(Text("<body><p>Short.</p></body>") == "[no_article_text]");
  CHECK(Text("") == "[no_article_text]");
  std::string one = "<body><p>One sentence of prose, long enough to count as text, but not as an article.</p></body>";
  CHECK(Text(one) == "[too_little_text]");
}

TEST_CASE("ClassifyElement separates junk, soft junk and article markers", "[content]") {
  auto kind = [](const std::string& html) {
    HtmlDocument doc("<body>" + html + "</body>");
    const GumboNode* n = static_cast<const GumboNode*>(doc.body()->v.element.children.data[0]);
    return ClassifyElement(n);
  };
  CHECK(kind("<script>x</script>") == ElementKind::kJunk);
  CHECK(kind("<div class='cookie-banner'>x</div>") == ElementKind::kJunk);
  CHECK(kind("<div class='box article modal-enabled'>x</div>") == ElementKind::kNormal);
  CHECK(kind("<div class='sidebar'>x</div>") == ElementKind::kSoftJunk);
  CHECK(kind("<div class='post tag-social-media category-ads'>x</div>") == ElementKind::kNormal);
  CHECK(kind("<div class='article-body related-links'>x</div>") == ElementKind::kPositive);
  CHECK(kind("<div style='display: none'>x</div>") == ElementKind::kSoftJunk);
  CHECK(IsFurnitureLine("Advertisement"));
  CHECK(IsFurnitureLine("Read more: how the budget works"));
  CHECK_FALSE(IsFurnitureLine("Read the full report on the council website before the vote, residents were told."));
}
