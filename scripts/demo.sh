#!/usr/bin/env bash
# Installs what is needed (Debian 12), builds, and runs the pipeline on the bundled sample
# pages in tests/fixtures/pages/ (no network): parse then extract, one extracted record per
# page on stdout, then a one-line-per-claim summary on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
out=build/demo-extracted.jsonl
build/bin/newsclaims parse tests/fixtures/pages/*.html | build/bin/newsclaims extract > "$out"
cat "$out"
python3 - "$out" >&2 <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    for c in r.get("claims", []):
        print(r["id"], c["type"], repr(c["trigger"]["text"]), "actor:", (c["actor"] or {}).get("name"),
              "target:", (c["target"] or {}).get("name"), "source:", c["source"]["type"])
PY
