// Status: the error type that crosses layers (after LevelDB's status.h).
// A Status is either OK or carries a machine-readable code and a human message;
// stages turn a failed Status into an error record, mains turn it into an exit code.
#pragma once

#include <string>
#include <utility>

namespace newsclaims {

class Status {
 public:
  Status() = default;
  static Status OK() { return Status(); }
  // `code` is a short snake_case identifier that appears in error records
  // ("invalid_json", "missing_field", ...); `message` is for people.
  static Status Error(std::string code, std::string message) {
    return Status(std::move(code), std::move(message));
  }
  static Status InvalidArgument(std::string message) { return Error("invalid_argument", std::move(message)); }
  static Status IOError(std::string message) { return Error("io_error", std::move(message)); }
  static Status NotFound(std::string message) { return Error("not_found", std::move(message)); }

  bool ok() const { return code_.empty(); }
  const std::string& code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const { return ok() ? "OK" : code_ + ": " + message_; }

 private:
  Status(std::string code, std::string message) : code_(std::move(code)), message_(std::move(message)) {}
  std::string code_;
  std::string message_;
};

}  // namespace newsclaims
