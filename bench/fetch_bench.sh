#!/usr/bin/env bash
# Fetch throughput against a local server (bench/bench_server.cc), compared in the same
# run with `xargs -P` running curl on the same URL list at the same concurrency.
# usage: bench/fetch_bench.sh [PAGES] [CONCURRENCY]     (defaults 2000 and 16)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-2000}
conc=${2:-16}
cmake --build build -j2 --target newsclaims newsclaims_bench_server >/dev/null
tmp=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$tmp"' EXIT
build/bin/newsclaims_bench_server "$pages" > "$tmp/port" &
server=$!
while [ ! -s "$tmp/port" ]; do sleep 0.05; done
port=$(cat "$tmp/port")
for i in $(seq 0 $((pages - 1))); do echo "http://127.0.0.1:$port/page/$i.html"; done > "$tmp/urls"

t0=$(date +%s.%N)
build/bin/newsclaims fetch --no-state --allow-private --delay 0 -j "$conc" --per-host "$conc" -q "$tmp/urls" > "$tmp/pages.jsonl"
t1=$(date +%s.%N)
xargs -P "$conc" -n 1 curl -s --compressed -o /dev/null < "$tmp/urls"
t2=$(date +%s.%N)

ours=$(python3 -c "print(f'{$pages/($t1-$t0):.0f}')")
theirs=$(python3 -c "print(f'{$pages/($t2-$t1):.0f}')")
ok=$(grep -c '"status":200' "$tmp/pages.jsonl" || true)
echo "pages: $pages at concurrency $conc ($ok fetched by newsclaims)"
echo "newsclaims fetch:   $ours pages/s"
echo "xargs -P curl:      $theirs pages/s"
python3 -c "print(f'ratio: {($t2-$t1)/($t1-$t0):.1f}x')"
