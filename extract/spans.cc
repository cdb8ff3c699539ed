#include "extract/spans.h"

namespace newsclaims::extract {

std::vector<LabelledSpan> BioSpans(const std::vector<std::string_view>& labels) {
  std::vector<LabelledSpan> out;
  for (size_t i = 0; i < labels.size(); ++i) {
    std::string_view l = labels[i];
    if (l.size() < 3) continue;
    std::string_view type = l.substr(2);
    bool continues = l[0] == 'I' && !out.empty() && out.back().span.last == i && out.back().type == type;
    if (continues) out.back().span.last = i + 1;
    else out.push_back({{i, i + 1}, type});
  }
  return out;
}

}  // namespace newsclaims::extract
