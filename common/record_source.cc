// JSON-lines and error sources; tested by stage_runner_test.cc.
#include "common/record_source.h"

namespace newsclaims {

JsonLinesSource::JsonLinesSource(std::string path, const RecordLimits& limits)
    : path_(std::move(path)), limits_(limits) {}

bool JsonLinesSource::Next(WorkItem* item) {
  if (!opened_) {
    opened_ = true;
    open_status_ = reader_.Open(path_);
  }
  *item = WorkItem();
  if (!open_status_.ok()) {
    if (reported_open_error_) return false;
    reported_open_error_ = true;
    item->error = open_status_;
    item->origin = path_;
    return true;
  }
  bool oversized = false;
  for (;;) {
    if (!reader_.Next(&item->line, limits_.max_line_bytes, &oversized)) {
      if (!reader_.error().empty() && !reported_open_error_) {
        reported_open_error_ = true;
        item->error = Status::IOError("reading " + path_ + ": " + reader_.error());
        item->origin = path_;
        return true;
      }
      return false;
    }
    if (oversized || item->line.find_first_not_of(" \t\r") != std::string::npos) break;
  }
  item->origin = (path_ == "-" ? std::string("stdin") : path_) + ":" + std::to_string(reader_.line_number());
  if (oversized) {
    item->error = Status::Error("oversized_record", "input line is longer than the limit of " +
                                                        std::to_string(limits_.max_line_bytes) + " bytes");
  }
  return true;
}

bool ErrorSource::Next(WorkItem* item) {
  if (done_) return false;
  done_ = true;
  *item = WorkItem();
  item->origin = origin_;
  item->error = status_;
  return true;
}

}  // namespace newsclaims
