#include "common/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace newsclaims {

AtomicFile::~AtomicFile() {
  if (file_) {
    std::fclose(file_);
    std::remove(tmp_.c_str());
  }
}

Status AtomicFile::Open(const std::string& path) {
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
