#include "common/atomic_file.h"

#include <signal.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace newsclaims {

AtomicFile::~AtomicFile() {
  if (file_) {
    std::fclose(file_);
    std::remove(tmp_.c_str());
  }
}

// True when process `pid` exists and is not a zombie (a killed process whose parent has
// not reaped it yet is gone for our purposes).
static bool ProcessAlive(pid_t pid) {
  if (kill(pid, 0) != 0 && errno == ESRCH) return false;
  std::FILE* f = std::fopen(("/proc/" + std::to_string(pid) + "/stat").c_str(), "r");
  if (!f) return true;
  char state = 0;
  int scanned = std::fscanf(f, "%*d (%*[^)]) %c", &state);
  std::fclose(f);
  return !(scanned == 1 && (state == 'Z' || state == 'X'));
}

// Removes temporary files that killed writers of `path` left behind ("path.tmp<pid>XXXXXX"
// whose process is gone).
static void RemoveStaleTemporaries(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string prefix = target.filename().string() + ".tmp";
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    std::string rest = name.substr(prefix.size());  // "<pid>" + six characters from mkstemp
    if (rest.size() <= 6) continue;
    std::string digits = rest.substr(0, rest.size() - 6);
    bool numeric = true;
    for (char c : digits) numeric &= std::isdigit(static_cast<unsigned char>(c)) != 0;
    if (!numeric) continue;
    pid_t pid = static_cast<pid_t>(std::atol(digits.c_str()));
    if (!ProcessAlive(pid)) fs::remove(entry.path(), ec);
  }
}

Status AtomicFile::Open(const std::string& path) {
  RemoveStaleTemporaries(path);
  path_ = path;
  tmp_ = path + ".tmp" + std::to_string(getpid()) + "XXXXXX";
  int fd = mkstemp(tmp_.data());
  if (fd < 0) return Status::IOError("cannot create " + tmp_ + ": " + std::strerror(errno));
  file_ = fdopen(fd, "w");
  if (!file_) return Status::IOError("cannot open " + tmp_);
  return Status::OK();
}

Status AtomicFile::Commit() {
  if (!file_) return Status::IOError("nothing to commit");
  bool ok = std::fflush(file_) == 0 && fsync(fileno(file_)) == 0;
  ok &= std::fclose(file_) == 0;
  file_ = nullptr;
  if (!ok || std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    std::remove(tmp_.c_str());
    return Status::IOError("cannot write " + path_ + ": " + std::strerror(errno));
  }
  return Status::OK();
}

}  // namespace newsclaims
