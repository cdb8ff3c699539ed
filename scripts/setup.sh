#!/usr/bin/env bash
# Installs the Debian 12 packages newsclaims needs (idempotent, non-interactive), then builds.
# Usage: scripts/setup.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake pkg-config
  libgumbo-dev libicu-dev libre2-dev zlib1g-dev
  nlohmann-json3-dev libcli11-dev catch2
  libsqlite3-dev libpugixml-dev libcurl4-openssl-dev libcpp-httplib-dev
  python3 python3-jsonschema chromium
  clang libclang-rt-14-dev
)

SUDO=
[[ "$(id -u)" == 0 ]] || SUDO=sudo

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

[[ "${1:-}" == --no-build ]] && exit 0
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)"
