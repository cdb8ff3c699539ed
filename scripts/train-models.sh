#!/usr/bin/env bash
# Retrains the extract stage's tagger models (extract/data/*.model.gz) from PolNeAR and
# its silver CoreNLP analyses. Deterministic: same data, same code, same models.
# usage: scripts/train-models.sh [POLNEAR_DIR]   (default ../shared/data/polnear)
set -euo pipefail
cd "$(dirname "$0")/.."
polnear=${1:-../shared/data/polnear}
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2 --target newsclaims-train
build/bin/newsclaims-train --polnear "$polnear" --out extract/data --epochs 6
