// Progress: a one-line, rate-limited progress display on stderr for interactive runs
// (records done, errors, rate), and nothing at all when disabled.
#pragma once

#include <chrono>
#include <string>

namespace newsclaims {

class Progress {
 public:
  Progress(std::string stage, bool enabled);
  // Redraws the line at most a few times per second.
  void Update(size_t done, size_t failed);
  // Draws the final state and ends the line.
  void Finish(size_t done, size_t failed);

 private:
  void Draw(size_t done, size_t failed, bool final);
  std::string stage_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_, last_;
};

// True when file descriptor 2 is a terminal (progress is shown only then by default).
bool StderrIsTerminal();

}  // namespace newsclaims
