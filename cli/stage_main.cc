// Entry point of a per-stage executable (`newsclaims-parse`, ...); the stage name is
// compiled in as NEWSCLAIMS_STAGE, so it behaves exactly like `newsclaims STAGE`.
#include "cli/commands.h"

int main(int argc, char** argv) { return newsclaims::cli::RunCommand(NEWSCLAIMS_STAGE, argc, argv); }
