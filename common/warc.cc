#include "common/warc.h"

#include <cstdio>
#include <ctime>
#include <random>

#include "common/utf8.h"

namespace newsclaims {
namespace {

std::string Uuid() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  uint64_t a = rng(), b = rng();
  char buf[48];
  std::snprintf(buf, sizeof buf, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(a >> 32),
                static_cast<unsigned>((a >> 16) & 0xFFFF), static_cast<unsigned>(a & 0xFFF),
                static_cast<unsigned>(0x8000 | (b >> 48 & 0x3FFF)), static_cast<unsigned long long>(b & 0xFFFFFFFFFFFFull));
  return buf;
}


}  // namespace

bool IsWarcPath(std::string_view path) { return path.ends_with(".warc") || path.ends_with(".warc.gz"); }

WarcWriter::~WarcWriter() {
  if (file_) gzclose(file_);
}

Status WarcWriter::Open(const std::string& path) {
  file_ = gzopen(path.c_str(), path.ends_with(".gz") ? "ab6" : "abT");
  if (!file_) return Status::IOError("cannot write WARC file " + path);
  return Status::OK();
}

Status WarcWriter::WriteResponse(const WarcResponse& r) {
  if (!file_) return Status::OK();
  std::string http = "HTTP/1.1 " + std::to_string(r.status) + " \r\n";
  if (!r.content_type.empty()) http += "Content-Type: " + r.content_type + "\r\n";
  http += "Content-Length: " + std::to_string(r.body.size()) + "\r\n\r\n";
  std::string head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + r.target_uri +
                     "\r\nWARC-Date: " + r.date + "\r\nWARC-Record-ID: <urn:uuid:" + Uuid() +
                     ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " +
                     std::to_string(http.size() + r.body.size()) + "\r\n\r\n";
  bool ok = gzwrite(file_, head.data(), static_cast<unsigned>(head.size())) > 0 &&
            gzwrite(file_, http.data(), static_cast<unsigned>(http.size())) > 0 &&
            (r.body.empty() || gzwrite(file_, r.body.data(), static_cast<unsigned>(r.body.size())) > 0) &&
            gzwrite(file_, "\r\n\r\n", 4) > 0;
  gzflush(file_, Z_SYNC_FLUSH);
  return ok ? Status::OK() : Status::IOError("WARC write failed");
}

WarcReader::~WarcReader() {
  if (file_) gzclose(file_);
}

Status WarcReader::Open(const std::string& path) {
  file_ = gzopen(path.c_str(), "rb");
  if (!file_) return Status::IOError("cannot read WARC file " + path);
  return Status::OK();
}

bool WarcReader::ReadLine(std::string* line) {
  line->clear();
  int c;
  while ((c = gzgetc(file_)) != -1) {
    if (c == '\n') return true;
    line->push_back(static_cast<char>(c));
    if (line->size() > 65536) return false;
  }
  return !line->empty();
}

bool WarcReader::Next(WarcResponse* out, size_t max_bytes, Status* status) {
  std::string line;
  while (true) {
    // Skip blank lines between records, then expect the version line.
    do {
      if (!ReadLine(&line)) return false;
    } while (TrimAsciiSpace(line).empty());
    if (!line.starts_with("WARC/")) {
      *status = Status::Error("invalid_warc", "expected a WARC record, found: " + line.substr(0, 40));
      return false;
    }
    std::string type, uri, date, content_type;
    long long length = -1;
    while (ReadLine(&line) && !TrimAsciiSpace(line).empty()) {
      size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string name = AsciiLower(TrimAsciiSpace(std::string_view(line).substr(0, colon)));
      std::string value(TrimAsciiSpace(std::string_view(line).substr(colon + 1)));
      if (name == "warc-type") type = value;
      else if (name == "warc-target-uri") uri = value;
      else if (name == "warc-date") date = value;
      else if (name == "content-length") length = std::atoll(value.c_str());
    }
    if (length < 0) {
      *status = Status::Error("invalid_warc", "WARC record without Content-Length");
      return false;
    }
    if (type != "response" || static_cast<size_t>(length) > max_bytes) {
      if (gzseek(file_, length, SEEK_CUR) < 0) return false;
      continue;
    }
    std::string block(static_cast<size_t>(length), '\0');
    if (length > 0 && gzread(file_, block.data(), static_cast<unsigned>(length)) != length) {
      *status = Status::Error("invalid_warc", "truncated WARC record for " + uri);
      return false;
    }
    size_t split = block.find("\r\n\r\n");
    if (split == std::string::npos || !block.starts_with("HTTP/")) continue;  // not an HTTP response
    WarcResponse r;
    r.target_uri = uri;
    r.date = date;
    std::string_view headers(block.data(), split);
    size_t sp = headers.find(' ');
    r.status = sp == std::string_view::npos ? 0 : std::atoi(std::string(headers.substr(sp + 1, 3)).c_str());
    size_t pos = headers.find("\r\n");
    while (pos != std::string_view::npos) {
      size_t next = headers.find("\r\n", pos + 2);
      std::string_view h = headers.substr(pos + 2, next == std::string_view::npos ? std::string_view::npos : next - pos - 2);
      size_t colon = h.find(':');
      if (colon != std::string_view::npos && AsciiLower(h.substr(0, colon)) == "content-type")
        r.content_type = std::string(TrimAsciiSpace(h.substr(colon + 1)));
      pos = next;
    }
    r.body = block.substr(split + 4);
    *out = std::move(r);
    return true;
  }
}

}  // namespace newsclaims
