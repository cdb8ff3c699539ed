// AtomicFile: writes an output file so that readers never see it half-written: data goes
// to a temporary file beside the target, which is renamed over the target only on
// Commit(). An abandoned AtomicFile (error, kill) leaves the old file untouched; the
// temporary file a killed writer left behind is removed by the next Open() of that path.
#pragma once

#include <cstdio>
#include <string>

#include "common/status.h"

namespace newsclaims {

class AtomicFile {
 public:
  ~AtomicFile();
  Status Open(const std::string& path);
  std::FILE* file() { return file_; }
  // Flushes, syncs and renames the temporary file over the target.
  Status Commit();

 private:
  std::string path_, tmp_;
  std::FILE* file_ = nullptr;
};

}  // namespace newsclaims
