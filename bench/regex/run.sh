#!/usr/bin/env bash
# User patterns run on RE2/J: an existence rule with the pattern (a+)+$ on 0.5 to 4 MB of text;
# the time per megabyte stays flat (linear). docs/PERFORMANCE.md records
# the numbers.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -Dstyle.color=never package -DskipTests >/dev/null
mvn -q -B -Dstyle.color=never test-compile >/dev/null
java -cp target/copydesk.jar:target/test-classes dev.copydesk.tools.RegexBench
