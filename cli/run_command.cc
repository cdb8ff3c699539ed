// `newsclaims run`: fetch | parse | extract as one command. Each stage runs in its own
// process (this same executable), connected by pipes, so records stream through and the
// stages use separate cores; the result goes to stdout or, atomically, to --out.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "common/atomic_file.h"
#include "fetch/state_store.h"

namespace newsclaims::cli {
namespace {

const char* kUsage =
    "usage: newsclaims run [-o FILE] [FETCH OPTIONS] SOURCES...\n\n"
    "Runs fetch, parse and extract on SOURCES (files of URLs, feeds and sitemaps, one per line)\n"
    "with the stages streaming into each other, and writes the extracted records to stdout or,\n"
    "atomically (temporary file, then rename), to -o/--out FILE. Every other option is passed to\n"
    "`newsclaims fetch` (see `newsclaims fetch --help`): --state, --refetch-after, -j, --delay,\n"
    "--feed, --user-agent, --wait, ...; with the fetch state, a cron run only processes what is new.\n\n"
    "Examples:\n"
    "  newsclaims run --state ~/news/state.db -o today.jsonl sources.txt\n"
    "  newsclaims run sources.txt | newsclaims output --format sqlite --db news.db\n\n"
    "Exit status: the worst of the stages: 0 all records succeeded, 1 some records failed,\n"
    "2 usage error, 3 fatal error (then --out is left untouched).\n";

pid_t Spawn(const std::vector<std::string>& args, int in_fd, int out_fd) {
  pid_t pid = fork();
  if (pid != 0) return pid;
  if (in_fd != STDIN_FILENO) dup2(in_fd, STDIN_FILENO);
  if (out_fd != STDOUT_FILENO) dup2(out_fd, STDOUT_FILENO);
  for (int fd = 3; fd < 256; ++fd) close(fd);
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  execv("/proc/self/exe", argv.data());
  std::fprintf(stderr, "newsclaims run: cannot start %s: %s\n", args[1].c_str(), std::strerror(errno));
  _exit(3);
}

}  // namespace

int RunPipeline(int argc, char** argv) {
  std::vector<std::string> fetch_args = {"newsclaims", "fetch"};
  std::string out_path;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (a == "-o" || a == "--out") {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "newsclaims run: %s needs a file name\n", a.c_str());
        return 2;
      }
      out_path = argv[++i];
    } else if (a.rfind("--out=", 0) == 0) {
      out_path = a.substr(6);
    } else {
      fetch_args.push_back(a);
    }
  }
  // Fetch writes its state as pending for this run; it counts only once the whole
  // pipeline's output is written, so a run killed half-way is fetched again next time.
  std::string state_path = fetch::StateStore::DefaultPath();
  bool use_state = true;
  for (size_t i = 2; i < fetch_args.size(); ++i) {
    if (fetch_args[i] == "--no-state") use_state = false;
    if (fetch_args[i] == "--state" && i + 1 < fetch_args.size()) state_path = fetch_args[i + 1];
    if (fetch_args[i].rfind("--state=", 0) == 0) state_path = fetch_args[i].substr(8);
  }
  std::string run_id = std::to_string(getpid()) + "-" + std::to_string(time(nullptr));
  if (use_state) {
    fetch_args.insert(fetch_args.begin() + 2, run_id);
    fetch_args.insert(fetch_args.begin() + 2, "--pending-run");
  }
  if (fetch_args.size() == (use_state ? 4u : 2u)) {
    std::fprintf(stderr, "newsclaims run: no sources given\n\n%s", kUsage);
    return 2;
  }
  AtomicFile atomic;
  int final_fd = STDOUT_FILENO;
  if (!out_path.empty()) {
    if (Status s = atomic.Open(out_path); !s.ok()) {
      std::fprintf(stderr, "newsclaims run: %s\n", s.ToString().c_str());
      return 3;
    }
    std::fflush(atomic.file());
    final_fd = fileno(atomic.file());
  }
  int a[2], b[2];
  if (pipe(a) != 0 || pipe(b) != 0) {
    std::fprintf(stderr, "newsclaims run: pipe: %s\n", std::strerror(errno));
    return 3;
  }
  std::fflush(stdout);
  pid_t pids[3];
  pids[0] = Spawn(fetch_args, STDIN_FILENO, a[1]);
  pids[1] = Spawn({"newsclaims", "parse"}, a[0], b[1]);
  pids[2] = Spawn({"newsclaims", "extract"}, b[0], final_fd);
  for (int fd : {a[0], a[1], b[0], b[1]}) close(fd);
  int worst = 0;
  for (pid_t pid : pids) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 3;
    worst = std::max(worst, code);
  }
  if (!out_path.empty()) {
    if (worst >= 2) {
      std::fprintf(stderr, "newsclaims run: a stage failed; %s left unchanged\n", out_path.c_str());
      return worst;
    }
    if (Status s = atomic.Commit(); !s.ok()) {
      std::fprintf(stderr, "newsclaims run: %s\n", s.ToString().c_str());
      return 3;
    }
  }
  if (worst >= 2) return worst;
  if (use_state) {
    if (Status s = fetch::StateStore::CommitRun(state_path, run_id); !s.ok()) {
      std::fprintf(stderr, "newsclaims run: %s\n", s.ToString().c_str());
      return 3;
    }
  }
  return worst;
}

}  // namespace newsclaims::cli
