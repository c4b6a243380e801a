#!/usr/bin/env bash
# Benchmark: wall time and peak memory of copydesk, JVM start included, as a user runs it.
#   bench/run.sh [CORPUS_DIR]      (default ../shared/corpus/news, else fixtures/)
# Prints one line per measurement; docs/PERFORMANCE.md records the numbers on the project machine.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/news}"
[ -d "$corpus" ] || corpus=fixtures
jar=target/copydesk.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests
runs="${RUNS:-5}"
one="fixtures/seed-syria.html"

# Median wall time and max RSS of $runs runs of one command.
measure() {
  local label="$1"; shift
  local times=() rss=0
  for _ in $(seq "$runs"); do
    local out stats
    stats=$(mktemp)
    /usr/bin/time -o "$stats" -f '%e %M' java -jar "$jar" "$@" >/dev/null 2>&1 || true
    out=$(tail -n 1 "$stats")
    rm -f "$stats"
    times+=("${out% *}")
    local kb="${out#* }"
    [ "$kb" -gt "$rss" ] && rss="$kb"
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-44s median %6.2f s   peak RSS %5d MB   (%s runs)\n' "$label" "$median" $((rss / 1024)) "$runs"
}

count=$(find "$corpus" -maxdepth 1 -name '*.htm*' | wc -l)
echo "copydesk benchmark on $(nproc) cores, $(java -version 2>&1 | head -n 1)"
measure "one article ($one)" check --fail-on never "$one"
measure "$count pages ($corpus)" check --fail-on never "$corpus"
if [ "${BIG:-0}" = 1 ]; then
  tmp=$(mktemp -d)
  for i in $(seq 20); do
    for f in "$corpus"/*.htm*; do cp "$f" "$tmp/$i-$(basename "$f")"; done
  done
  n=$(ls "$tmp" | wc -l)
  measure "$n pages (20 copies of each)" check --fail-on never "$tmp"
  rm -rf "$tmp"
fi
