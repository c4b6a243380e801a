#!/usr/bin/env bash
# Benchmark: wall time, pages per second and peak memory of copydesk, JVM start included, run
# the two ways a user runs it: ./copydesk (the launcher, tuned JVM flags) and java -jar.
#   bench/run.sh [CORPUS_DIR]     default ../shared/corpus/news, else fixtures/
#   RUNS=5                        repetitions per measurement (the median is reported)
#   COPIES=20                     copies of each corpus page for the many-pages run (0 skips it)
# docs/PERFORMANCE.md records the numbers on the project machine.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/news}"
[ -d "$corpus" ] || corpus=fixtures
runs="${RUNS:-5}"
copies="${COPIES:-20}"
./copydesk --version >/dev/null   # builds the jar and the class-data archive if needed
./copydesk --version >/dev/null
one="fixtures/seed-syria.html"

# measure LABEL PAGES COMMAND...: median wall time and max RSS over $runs runs
measure() {
  local label="$1" pages="$2"; shift 2
  local times=() rss=0 stats out
  for _ in $(seq "$runs"); do
    stats=$(mktemp)
    /usr/bin/time -o "$stats" -f '%e %M' "$@" >/dev/null 2>&1 || true
    out=$(tail -n 1 "$stats"); rm -f "$stats"
    times+=("${out% *}")
    [ "${out#* }" -gt "$rss" ] && rss="${out#* }"
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  awk -v l="$label" -v m="$median" -v r="$rss" -v p="$pages" -v n="$runs" 'BEGIN {
    printf "%-52s median %6.2f s  %6.1f pages/s  peak RSS %4d MB  (%d runs)\n", l, m, p / m, r / 1024, n }'
}

count=$(find "$corpus" -maxdepth 1 \( -name '*.htm*' -o -name '*.txt' -o -name '*.md' \) | wc -l)
echo "copydesk benchmark: $(nproc) cores, $(java -version 2>&1 | head -n 1), $(date -u +%Y-%m-%d)"
measure "one article, ./copydesk" 1 ./copydesk check --fail-on never "$one"
measure "one article, java -jar" 1 java -jar target/copydesk.jar check --fail-on never "$one"
measure "$count pages ($corpus), ./copydesk" "$count" ./copydesk check --fail-on never "$corpus"
measure "$count pages ($corpus), java -jar" "$count" java -jar target/copydesk.jar check --fail-on never "$corpus"
if [ "$copies" -gt 0 ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  for i in $(seq "$copies"); do
    for f in "$corpus"/*; do [ -f "$f" ] && cp "$f" "$tmp/$i-$(basename "$f")"; done
  done
  n=$(find "$tmp" -type f | wc -l)
  measure "$n pages ($copies copies of each), ./copydesk" "$n" ./copydesk check --fail-on never "$tmp"
  measure "$n pages ($copies copies of each), java -jar" "$n" java -jar target/copydesk.jar check --fail-on never "$tmp"
fi
