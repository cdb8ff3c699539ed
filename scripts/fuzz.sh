#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) and runs each for a bounded time on a
# copy of its seed corpus in fuzz/corpus/ (parse and extract also start from the test
# fixtures: tests/fixtures/pages and tests/fixtures/articles). Crashes are saved to fuzz/crashes/ (add each as
# a regression test); a summary line per target reports executions and findings.
# usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
command -v clang++ >/dev/null || { echo "fuzz: clang++ is needed (scripts/setup.sh installs clang)" >&2; exit 3; }
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSCLAIMS_FUZZ=ON \
  -DNEWSCLAIMS_BUILD_TESTS=OFF >/dev/null
targets=(record parse extract feed robots charset)
cmake --build build-fuzz -j "$(nproc)" --target $(printf '%s_fuzzer ' "${targets[@]}") >/dev/null
mkdir -p fuzz/crashes
failed=0
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  [ -d "fuzz/corpus/$t" ] && cp -r "fuzz/corpus/$t/." "$work/"
  case $t in
    parse) cp tests/fixtures/pages/*.html "$work/" ;;
    extract) cp tests/fixtures/articles/*.txt "$work/" ;;
  esac
  log="build-fuzz/$t.log"
  if build-fuzz/bin/${t}_fuzzer "$work" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -artifact_prefix="fuzz/crashes/$t-" -print_final_stats=1 >"$log" 2>&1; then
    status=ok
  else
    status=CRASH; failed=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  echo "fuzz: $t: $status, $runs executions in ${seconds}s"
  [ "$status" = ok ] || tail -30 "$log"
  rm -rf "$work"
done
exit $failed
