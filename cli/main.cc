// Entry point of the `newsclaims` umbrella executable: `newsclaims COMMAND [ARGS...]`.
#include "cli/commands.h"

int main(int argc, char** argv) { return newsclaims::cli::RunUmbrella(argc, argv); }
