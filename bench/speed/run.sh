#!/usr/bin/env bash
# Issue 11's speed targets, measured in one run on the same 200 real pages:
#   (a)+(b) the full `copydesk check` against the bare cost of jsoup + OpenNLP (sentences, tokens,
#           POS with the same official models) on the same text, both in one JVM with the
#           launcher's flags (dev.copydesk.bench.SpeedBench); target: check <= 1.2 x bare
#   (c)     peak memory (maximum resident set size) of `java -jar target/copydesk.jar check` on the
#           200 pages, and of the launcher for comparison; target: java -jar <= 300 MB
#   (d)     one article through the launcher (./copydesk check fixtures/seed-syria.html), median
#           wall time of RUNS runs; target: <= 0.6 s
# The 200 pages are the 87 corpus pages (../shared/corpus/news/*.html and
# ../shared/corpus/extraction/*/source.html) repeated, copied into a temporary folder that is
# removed at the end. docs/PERFORMANCE.md records the numbers.
#   CORPUS=../shared/corpus  PAGES=200  ROUNDS=3 (bare/check rounds after a warm-up)  RUNS=7
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${CORPUS:-../shared/corpus}"
pages="${PAGES:-200}"
rounds="${ROUNDS:-3}"
runs="${RUNS:-7}"

if [ ! -x /usr/bin/time ]; then
  echo "bench/speed/run.sh: installing GNU time for the peak-memory measurement" >&2
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq time >&2 || { apt-get update -qq >&2 && apt-get install -y -qq time >&2; }
  else
    sudo apt-get install -y -qq time >&2
  fi
fi

mvn -B -q package -DskipTests >&2
mvn -B -q test-compile >&2   # the harness is a test class: it stays out of the product jar
./copydesk --version >/dev/null   # writes the launcher's class-data archive
./copydesk --version >/dev/null

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sources=()
for f in "$corpus"/news/*.html "$corpus"/extraction/*/source.html; do
  [ -f "$f" ] && sources+=("$f")
done
if [ "${#sources[@]}" -eq 0 ]; then
  echo "bench/speed/run.sh: no pages under $corpus/news or $corpus/extraction" >&2
  exit 2
fi
for i in $(seq 0 $((pages - 1))); do
  f="${sources[$((i % ${#sources[@]}))]}"
  name=$(basename "$f" .html)
  [ "$name" = source ] && name=$(basename "$(dirname "$f")")
  cp "$f" "$dir/$(printf %03d "$i")-$name.html"
done
mb=$(du -sm "$dir" | cut -f1)

echo "copydesk speed benchmark: $(nproc) cores, $(java -version 2>&1 | head -n 1), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$pages pages ($mb MB) from ${#sources[@]} corpus pages"
echo
echo "(a, b) bare jsoup + OpenNLP vs copydesk check, one JVM, the launcher's flags:"
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/test-classes:target/copydesk.jar \
  dev.copydesk.bench.SpeedBench "$dir" "$rounds"
echo

# rss COMMAND...: "seconds peak-MB" of one run
rss() {
  local stats
  stats=$(mktemp)
  /usr/bin/time -o "$stats" -f '%e %M' "$@" >/dev/null 2>&1 || true
  tail -n 1 "$stats" | awk '{printf "%.2f s, peak RSS %d MB", $1, $2 / 1024}'
  rm -f "$stats"
}
echo "(c) peak memory on the $pages pages (one run each):"
echo "  java -jar target/copydesk.jar check: $(rss java -jar target/copydesk.jar check --fail-on never "$dir")  (target <= 300 MB)"
echo "  ./copydesk check:                    $(rss ./copydesk check --fail-on never "$dir")"
echo

one=fixtures/seed-syria.html
times=()
for _ in $(seq "$runs"); do
  stats=$(mktemp)
  /usr/bin/time -o "$stats" -f '%e' ./copydesk check --fail-on never "$one" >/dev/null 2>&1 || true
  times+=("$(tail -n 1 "$stats")")
  rm -f "$stats"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "(d) one article through the launcher ($one): median ${median} s of $runs runs (${times[*]})  (target <= 0.6 s)"
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
