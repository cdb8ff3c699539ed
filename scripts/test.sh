#!/usr/bin/env bash
# Installs what is needed (Debian 12), builds with tests and runs the whole suite through CTest.
# Usage: scripts/test.sh            (what .ci/run calls)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --no-build
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DNEWSCLAIMS_BUILD_TESTS=ON >/dev/null
cmake --build build -j "$(nproc)"
cd build
ctest --output-on-failure -j "$(nproc)"
