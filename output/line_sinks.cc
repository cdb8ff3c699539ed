// The line formats: JSON claim lines and CSV.
#include "output/claim_line.h"
#include "output/sinks.h"

namespace newsclaims::output {
namespace {

class ClaimLinesSink : public Sink {
 public:
  explicit ClaimLinesSink(std::FILE* out) : out_(out) {}
  Status Add(const Json& record) override {
    for (const Json& line : ClaimLines(record)) {
      std::string s = DumpRecord(line);
      s.push_back('\n');
      if (std::fwrite(s.data(), 1, s.size(), out_) != s.size()) return Status::IOError("writing output failed");
    }
    return Status::OK();
  }
  Status Finish() override { return std::fflush(out_) == 0 ? Status::OK() : Status::IOError("writing output failed"); }

 private:
  std::FILE* out_;
};

std::string CellText(const Json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  return v.dump();
}

class CsvSink : public Sink {
 public:
  explicit CsvSink(std::FILE* out) : out_(out) {
    std::string header;
    for (const std::string& c : ClaimColumns()) header += (header.empty() ? "" : ",") + c;
    header += "\r\n";
    std::fwrite(header.data(), 1, header.size(), out_);
  }
  Status Add(const Json& record) override {
    for (const Json& line : ClaimLines(record)) {
      std::string row;
      for (const std::string& c : ClaimColumns()) {
        if (!row.empty() || &c != &ClaimColumns().front()) row += ",";
        row += CsvField(CellText(line.value(c, Json())));
      }
      row += "\r\n";
      if (std::fwrite(row.data(), 1, row.size(), out_) != row.size()) return Status::IOError("writing output failed");
    }
    return Status::OK();
  }
  Status Finish() override { return std::fflush(out_) == 0 ? Status::OK() : Status::IOError("writing output failed"); }

 private:
  std::FILE* out_;
};

}  // namespace

std::string CsvField(const std::string& v) {
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += "\"\"";
    else out.push_back(c);
  }
  return out + "\"";
}

std::unique_ptr<Sink> MakeClaimLinesSink(std::FILE* out) { return std::make_unique<ClaimLinesSink>(out); }
std::unique_ptr<Sink> MakeCsvSink(std::FILE* out) { return std::make_unique<CsvSink>(out); }

}  // namespace newsclaims::output
