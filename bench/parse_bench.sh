#!/usr/bin/env bash
# Parse-stage benchmark: body-extraction quality and speed of `newsclaims parse` beside
# Mozilla Readability.js (node + jsdom), measured on the same pages in the same run, plus
# peak memory of both over the whole page set.
#
# Needs the evaluation data and peers in ../shared (not part of this repository):
#   bash ../shared/peers/setup.sh      # once, installs Readability.js
#   bench/parse_bench.sh [REPEAT]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
repeat=${1:-3}
bin=build/bin/newsclaims
[[ -x $bin ]] || { echo "build first: cmake --build build" >&2; exit 2; }
[[ -d $shared/eval ]] || { echo "no $shared/eval: this benchmark needs the shared evaluation data" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 "$shared/eval/article_bench.py" --cmd "$bin parse" --repeat "$repeat" --json "$tmp/ours.json" >/dev/null
python3 "$shared/eval/article_bench.py" --cmd "node $shared/peers/readability_js.mjs" --repeat "$repeat" \
  --json "$tmp/readability.json" >/dev/null

# The same pages as one JSON-lines file, for peak memory (maximum resident set size).
python3 - "$shared" > "$tmp/pages.jsonl" <<'PY'
import gzip, json, os, sys
data = os.path.join(sys.argv[1], "data", "article-bench")
truth = json.load(open(os.path.join(data, "ground-truth.json")))
for k in sorted(truth):
    html = gzip.open(os.path.join(data, "html", k + ".html.gz")).read().decode("utf-8", "replace")
    print(json.dumps({"id": k, "url": truth[k].get("url", ""), "html": html}))
PY
rss() { /usr/bin/time -f %M "$@" < "$tmp/pages.jsonl" 2>&1 >/dev/null | tail -1; }
ours_kb=$(rss "$bin" parse)
peer_kb=$(rss node "$shared/peers/readability_js.mjs")

python3 - "$tmp/ours.json" "$tmp/readability.json" "$ours_kb" "$peer_kb" <<'PY'
import json, sys
ours = json.load(open(sys.argv[1]))["candidate"]
peer = json.load(open(sys.argv[2]))["candidate"]
print(f"{'system':<16} {'F1':>6} {'prec':>6} {'recall':>6} {'pages/s':>8} {'peak MB':>8}")
for name, m, kb in (("newsclaims", ours, sys.argv[3]), ("readability.js", peer, sys.argv[4])):
    print(f"{name:<16} {m['f1']:6.3f} {m['precision']:6.3f} {m['recall']:6.3f} {m['pages_per_s']:8.1f} {int(kb)/1024:8.1f}")
print(f"speed ratio newsclaims / readability.js: {ours['pages_per_s'] / peer['pages_per_s']:.1f}x")
PY
