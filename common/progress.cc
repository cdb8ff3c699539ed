// Terminal progress line; exercised by hand (output only on a tty).
#include "common/progress.h"

#include <unistd.h>

#include <cstdio>

namespace newsclaims {

Progress::Progress(std::string stage, bool enabled)
    : stage_(std::move(stage)), enabled_(enabled), start_(std::chrono::steady_clock::now()), last_(start_) {}

void Progress::Update(size_t done, size_t failed) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  Draw(done, failed, false);
}

void Progress::Finish(size_t done, size_t failed) {
  if (enabled_) Draw(done, failed, true);
}

void Progress::Draw(size_t done, size_t failed, bool final) {
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::fprintf(stderr, "\r%s: %zu records, %zu failed, %.1f/s%s", stage_.c_str(), done, failed,
               secs > 0 ? done / secs : 0.0, final ? "\n" : "");
  std::fflush(stderr);
}

bool StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

}  // namespace newsclaims
