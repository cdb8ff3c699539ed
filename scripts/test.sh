#!/usr/bin/env bash
# Installs what is needed (Debian 12), builds with tests and runs the whole suite:
#   1. the Release build's CTest suite (unit, golden, end-to-end, bad input, invariants);
#   2. the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/);
#   3. every libFuzzer target for a bounded time (scripts/fuzz.sh, 60 s each).
# Usage: scripts/test.sh            everything (what .ci/run calls; about 20 minutes on 2 cores)
#        scripts/test.sh --quick    only step 1
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --no-build

suite() {  # suite DIR CMAKE-FLAGS...
  local dir=$1
  shift
  cmake -S . -B "$dir" "$@" -DNEWSCLAIMS_BUILD_TESTS=ON >/dev/null
  cmake --build "$dir" -j "$(nproc)"
  (cd "$dir" && ctest --output-on-failure -j "$(nproc)")
}

suite build -DCMAKE_BUILD_TYPE=Release
[[ "${1:-}" == --quick ]] && exit 0
echo "== the suite again under ASan + UBSan" >&2
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  suite build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSCLAIMS_SANITIZE=ON
echo "== fuzzing, 60 s per target" >&2
scripts/fuzz.sh 60
