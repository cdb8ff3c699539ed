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

# Extract goldens: tests/fixtures/articles/NAME.txt -> tests/golden/extract/NAME.json
# (published is fixed so relative dates resolve the same way in the test).
for article in tests/fixtures/articles/*.txt; do
  name=$(basename "$article" .txt)
  python3 - "$article" "$name" <<'PY' | "$bin" extract | python3 -c 'import json,sys; print(json.dumps(json.loads(sys.stdin.read()), indent=1, sort_keys=True, ensure_ascii=False))' > "tests/golden/extract/$name.json" || true
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
print(json.dumps({"id": sys.argv[2], "text": text, "published": "2026-01-15T09:00:00Z"}))
PY
done
echo "updated $(ls tests/golden/extract | wc -l) extract golden records"
