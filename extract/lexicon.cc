#include "extract/lexicon.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "common/utf8.h"

#ifndef NEWSCLAIMS_INSTALLED_DATA_DIR
#define NEWSCLAIMS_INSTALLED_DATA_DIR ""
#endif
#ifndef NEWSCLAIMS_SOURCE_DATA_DIR
#define NEWSCLAIMS_SOURCE_DATA_DIR ""
#endif

namespace newsclaims::extract {

void WordSet::Add(std::string_view entry, std::string_view value) {
  std::string key = AsciiLower(entry);
  size_t words = 1;
  for (char c : key) words += c == ' ';
  if (words > max_words_) max_words_ = words;
  map_[std::move(key)] = std::string(value);
}

std::string_view WordSet::Value(std::string_view lower) const {
  auto it = map_.find(lower);
  return it == map_.end() ? std::string_view() : std::string_view(it->second);
}


Status LoadWordSet(const std::string& path, WordSet* out) {
  std::ifstream in(path);
  if (!in) return Status::Error("missing_data", "cannot read lexicon " + path);
  std::string line;
  while (std::getline(in, line)) {
    std::string_view s(line);
    if (size_t hash = s.find('#'); hash != std::string_view::npos) s = s.substr(0, hash);
    std::string_view value;
    if (size_t tab = s.find('\t'); tab != std::string_view::npos) {
      value = TrimAsciiSpace(s.substr(tab + 1));
      s = s.substr(0, tab);
    }
    s = TrimAsciiSpace(s);
    if (!s.empty()) out->Add(s, value);
  }
  return Status::OK();
}

std::string DataDirectory(const std::string& override_dir) {
  namespace fs = std::filesystem;
  if (!override_dir.empty()) return override_dir;
  if (const char* env = std::getenv("NEWSCLAIMS_DATA"); env && *env) return env;
  std::error_code ec;
  // Beside the executable (a relocated install: PREFIX/bin/newsclaims -> PREFIX/share/newsclaims).
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path beside = exe.parent_path().parent_path() / "share" / "newsclaims";
    if (fs::exists(beside / "reporting_verbs.txt", ec)) return beside.string();
  }
  for (const char* dir : {NEWSCLAIMS_INSTALLED_DATA_DIR, NEWSCLAIMS_SOURCE_DATA_DIR})
    if (*dir && fs::exists(fs::path(dir) / "reporting_verbs.txt", ec)) return dir;
  return NEWSCLAIMS_SOURCE_DATA_DIR;
}

}  // namespace newsclaims::extract
