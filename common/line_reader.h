// LineReader: reads newline-separated records from a file or stdin, gzip'd or not
// (zlib detects it), without ever holding more than one line in memory. Lines longer
// than a limit are skipped to their end and reported, so one giant line cannot
// exhaust memory or desynchronise the stream.
#pragma once

#include <zlib.h>

#include <string>

#include "common/status.h"

namespace newsclaims {

class LineReader {
 public:
  LineReader() = default;
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // Opens `path` ("-" means stdin). Fails with "io_error" when it cannot be opened.
  Status Open(const std::string& path);

  // Reads the next line (without its "\n" or "\r\n") into `line`. Returns false at end of
  // input. When the line is longer than `max_bytes`, `line` holds its first `max_bytes`
  // bytes and `*oversized` is set; the rest of the line is consumed and discarded.
  bool Next(std::string* line, size_t max_bytes, bool* oversized);

  // Read error text, empty when the input ended normally.
  const std::string& error() const { return error_; }
  // 1-based number of the line last returned.
  size_t line_number() const { return line_number_; }

 private:
  bool Fill();
  gzFile file_ = nullptr;
  std::string buffer_;
  size_t pos_ = 0;
  bool eof_ = false;
  std::string error_;
  size_t line_number_ = 0;
};

}  // namespace newsclaims
