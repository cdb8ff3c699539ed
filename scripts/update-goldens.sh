#!/usr/bin/env bash
# Regenerates tests/golden/parse/*.json from tests/fixtures/pages/*.html with the built
# binary. Review `git diff tests/golden` before committing: goldens are only as good as
# the reading that approved them.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/bin/newsclaims
for page in tests/fixtures/pages/*.html; do
  name=$(basename "$page" .html)
  python3 - "$page" "$name" <<'PY' | "$bin" parse | python3 -c 'import json,sys; print(json.dumps(json.loads(sys.stdin.read()), indent=1, sort_keys=True, ensure_ascii=False))' > "tests/golden/parse/$name.json" || true
import json, sys
html = open(sys.argv[1], encoding="utf-8").read()
print(json.dumps({"id": sys.argv[2], "url": "https://fixtures.example/" + sys.argv[2], "html": html}))
PY
done
echo "updated $(ls tests/golden/parse | wc -l) golden records"
