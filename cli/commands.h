// The command table of the `newsclaims` umbrella and of the per-stage executables
// (`newsclaims-parse`, ...): each subcommand has a name, a one-line summary and an entry
// point taking its own argv. Exit codes are named here and shared by every command.
#pragma once

#include <string>
#include <vector>

namespace newsclaims::cli {

enum ExitCode {
  kExitOk = 0,           // every record succeeded
  kExitSomeFailed = 1,   // some records became error records
  kExitUsage = 2,        // bad command line
  kExitFatal = 3,        // could not run at all (I/O failure on output, internal error)
};

struct Command {
  const char* name;
  const char* summary;
  int (*run)(int argc, char** argv);  // argv[0] is the command's display name
};

// All subcommands, in the order `newsclaims --help` lists them.
const std::vector<Command>& Commands();

// Runs the umbrella: `newsclaims SUBCOMMAND [ARGS...]`.
int RunUmbrella(int argc, char** argv);

// Runs one subcommand by name as if called as `newsclaims NAME ARGS...`.
int RunCommand(const std::string& name, int argc, char** argv);

int RunParse(int argc, char** argv);
int RunExtract(int argc, char** argv);
int RunFetchCommand(int argc, char** argv);
int RunOutput(int argc, char** argv);
int RunPipeline(int argc, char** argv);

}  // namespace newsclaims::cli
