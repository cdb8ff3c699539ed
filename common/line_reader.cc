// Streaming, gzip-transparent line reading; tested by line_reader_test.cc.
#include "common/line_reader.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace newsclaims {

LineReader::~LineReader() {
  if (file_) gzclose(file_);
}

Status LineReader::Open(const std::string& path) {
  if (path == "-") {
    int fd = dup(STDIN_FILENO);
    file_ = fd >= 0 ? gzdopen(fd, "rb") : nullptr;
  } else {
    file_ = gzopen(path.c_str(), "rb");
  }
  if (!file_) return Status::IOError("cannot open " + path + ": " + std::strerror(errno));
  gzbuffer(file_, 1 << 17);
  return Status::OK();
}

bool LineReader::Fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    buffer_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buffer_.size();
  buffer_.resize(old + (1 << 16));
  int n = gzread(file_, buffer_.data() + old, 1 << 16);
  if (n <= 0) {
    buffer_.resize(old);
    eof_ = true;
    if (n < 0) {
      int err = 0;
      const char* msg = gzerror(file_, &err);
      error_ = msg ? msg : "read error";
    }
    return false;
  }
  buffer_.resize(old + static_cast<size_t>(n));
  return true;
}

bool LineReader::Next(std::string* line, size_t max_bytes, bool* oversized) {
  line->clear();
  *oversized = false;
  for (;;) {
    size_t nl = buffer_.find('\n', pos_);
    size_t end = nl == std::string::npos ? buffer_.size() : nl;
    size_t take = end - pos_;
    if (!*oversized) {
      size_t room = max_bytes - line->size();
      if (take > room) {
        line->append(buffer_, pos_, room);
        *oversized = true;
      } else {
        line->append(buffer_, pos_, take);
      }
    }
    if (nl != std::string::npos) {
      pos_ = nl + 1;
      break;
    }
    pos_ = buffer_.size();
    if (!Fill()) {
      if (line->empty() && !*oversized) return false;
      break;
    }
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  ++line_number_;
  return true;
}

}  // namespace newsclaims
