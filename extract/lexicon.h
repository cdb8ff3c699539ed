// Lexicons: word and phrase lists that analysts can extend without recompiling. Each list
// is a UTF-8 text file, one entry per line, '#' starts a comment; entries may carry a
// tab-separated value ("said\tverb"). Files are looked up in the data directory
// (--data-dir, $NEWSCLAIMS_DATA, the installed share/newsclaims, or the source tree).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/status.h"

namespace newsclaims::extract {

// A set of lower-cased entries, looked up by string_view without allocating.
class WordSet {
 public:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  void Add(std::string_view entry, std::string_view value = {});
  bool Contains(std::string_view lower) const { return map_.find(lower) != map_.end(); }
  // The entry's value (the text after a tab in the file), or empty.
  std::string_view Value(std::string_view lower) const;
  size_t size() const { return map_.size(); }
  // Longest number of space-separated words in any entry (for phrase matching).
  size_t max_words() const { return max_words_; }

 private:
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> map_;
  size_t max_words_ = 1;
};

// Reads a lexicon file into `out` (entries are lower-cased ASCII-wise and trimmed).
Status LoadWordSet(const std::string& path, WordSet* out);

// The directory data files are read from: `override_dir` when not empty, else
// $NEWSCLAIMS_DATA, else PREFIX/share/newsclaims beside the executable, else the configured
// install directory, else the source tree's extract/data.
std::string DataDirectory(const std::string& override_dir);

}  // namespace newsclaims::extract
