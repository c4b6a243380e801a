#!/usr/bin/env bash
# Name-authority benchmark: `copydesk authority build` over the pages of ../shared/corpus (news,
# extraction sources, seed) copied into N unique files (each copy made unique by a trailing
# comment or paragraph), for N in SIZES. Reports articles per second and peak memory (max RSS,
# /usr/bin/time -v); the largest size runs again with a small heap (HEAP, default 256m; HEAP= skips
# it): what the build keeps does not grow with the archive. docs/PERFORMANCE.md records the numbers.
#   bench/authority/run.sh [CORPUS]     default ../shared/corpus, else fixtures/
#   SIZES="1000 10000"  HEAP=256m
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:-../shared/corpus}"
[ -d "$corpus" ] || corpus=fixtures
sizes="${SIZES:-1000 10000}"
heap="${HEAP-256m}"
./copydesk --version >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The corpus pages, one per line (news pages, extraction sources, the seed article).
pages=$(find "$corpus" -type f \( -name '*.html' -o -name '*.htm' -o -name '*.txt' -o -name '*.md' \) \
        ! -name 'expected.html' ! -path '*/gold/*' | sort)
count=$(printf '%s\n' "$pages" | wc -l)

# The pages' contents, read once: the copies are written with shell builtins, no process per file.
mapfile -t page_list <<< "$pages"
contents=()
for p in "${page_list[@]}"; do
  contents+=("$(<"$p")")
done

# make_archive DIR N: N unique files cycling through the pages, a thousand to a folder
make_archive() {
  local dir="$1" n="$2" i k ext
  for ((i = 0; i < n; i++)); do
    k=$((i % count))
    ext="${page_list[k]##*.}"
    ((i % 1000 == 0)) && mkdir -p "$dir/$((i / 1000))"
    if [ "$ext" = txt ] || [ "$ext" = md ]; then
      printf '%s\n\nArchive copy %d.\n' "${contents[k]}" "$i" > "$dir/$((i / 1000))/$i.$ext"
    else
      printf '%s\n<!-- archive copy %d -->\n' "${contents[k]}" "$i" > "$dir/$((i / 1000))/$i.$ext"
    fi
  done
}

# run LABEL N JAVA_OPTS: wall time, articles/s, max RSS
run() {
  local label="$1" n="$2" opts="$3" stats
  stats=$(mktemp)
  rm -f "$tmp/house-names.yml"
  COPYDESK_JAVA_OPTS="$opts" /usr/bin/time -v -o "$stats" ./copydesk authority build "$tmp/archive-$n" \
      --out "$tmp/house-names.yml" --no-config >/dev/null 2>"$tmp/err" || true
  local wall rss people
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$stats")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$stats")
  people=$(grep -c '^        - name:' "$tmp/house-names.yml" || true)
  awk -v l="$label" -v w="$wall" -v r="$rss" -v n="$n" -v p="$people" 'BEGIN {
    k = split(w, t, ":"); s = 0; for (j = 1; j <= k; j++) s = s * 60 + t[j];
    printf "%-34s %6d files  %7.1f s  %6.1f articles/s  peak RSS %5d MB  %d people\n", l, n, s, n / s, r / 1024, p }'
  rm -f "$stats"
}

echo "authority build benchmark: $(nproc) cores, $(java -version 2>&1 | head -n 1), $(date -u +%Y-%m-%d), $count corpus pages"
last="${sizes##* }"
for n in $sizes; do
  make_archive "$tmp/archive-$n" "$n"
  run "./copydesk" "$n" ""
  if [ "$n" = "$last" ] && [ -n "$heap" ]; then
    run "./copydesk -Xmx$heap" "$n" "-Xmx$heap"
  fi
  rm -rf "$tmp/archive-$n"
done
