#!/usr/bin/env bash
# Installs what is needed (Debian 12), builds, and runs the pipeline on the bundled sample
# pages in tests/fixtures/pages/ (no network): one article record per page on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build/bin/newsclaims parse tests/fixtures/pages/*.html
