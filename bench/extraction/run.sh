#!/usr/bin/env bash
# Body-extraction benchmark: copydesk's story text against Mozilla Readability's extraction of
# the same pages, scored by token 4-gram shingles (precision, recall, F1 per page and mean).
#   bench/extraction/run.sh [CORPUS]   CORPUS: a folder of NAME/source.html + NAME/expected.html
#                                      (default ../shared/corpus/extraction, else fixtures/corpus)
# The report is also in target/extraction-report.txt; docs/QUALITY.md records the numbers.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:-../shared/corpus/extraction}"
[ -d "$corpus" ] || corpus=fixtures/corpus
mvn -q -B -Dstyle.color=never test -Dtest=ExtractionQualityTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcopydesk.corpus="$(cd "$corpus" && pwd)" >/dev/null || true
cat target/extraction-report.txt
