// WARC (ISO 28500) files, the web-archiving format: WarcWriter appends the responses
// fetch receives (`--warc FILE`, gzip'd when the name ends in .gz), and WarcReader reads
// response records back so parse can run over fetch's archives and other crawls.
#pragma once

#include <zlib.h>

#include <string>
#include <string_view>

#include "common/status.h"

namespace newsclaims {

struct WarcResponse {
  std::string target_uri;
  std::string date;          // WARC-Date
  int status = 0;            // HTTP status of the archived response
  std::string content_type;  // its Content-Type header
  std::string body;          // the payload
};

class WarcWriter {
 public:
  ~WarcWriter();
  Status Open(const std::string& path);
  // Appends a "response" record built from the parts fetch keeps.
  Status WriteResponse(const WarcResponse& r);

 private:
  gzFile file_ = nullptr;
};

class WarcReader {
 public:
  ~WarcReader();
  Status Open(const std::string& path);
  // Next response record; skips other record types (warcinfo, request, metadata...).
  // Returns false at the end. A damaged record ends reading with *status set.
  bool Next(WarcResponse* out, size_t max_bytes, Status* status);

 private:
  bool ReadLine(std::string* line);
  gzFile file_ = nullptr;
};

// True for file names that are WARC archives (.warc, .warc.gz).
bool IsWarcPath(std::string_view path);

}  // namespace newsclaims
