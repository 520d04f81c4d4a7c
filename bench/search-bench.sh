#!/usr/bin/env bash
# Search benchmark: builds the synthetic site of bench/bench.sh (COURSES x LESSONS lessons, generated
# into bench/work/site-COURSESxLESSONS if missing), serves it on 127.0.0.1, opens a lesson in headless
# Chromium and prints the search index size (raw and gzipped), what the first search transfers, and
# the time from the last keystroke of a query to its results on screen (median over ~20 queries).
#   bench/search-bench.sh [COURSES] [LESSONS_PER_COURSE] [--no-build]
# Default 50 x 20 = 1,000 lessons. Needs Maven, /usr/bin/chromium and /usr/bin/chromedriver.
# The code under test is io.buildsite.bench.SearchBench (test scope), run on the test class path.
set -euo pipefail
cd "$(dirname "$0")/.."
courses=${1:-50}; lessons=${2:-20}; shift $(( $# < 2 ? $# : 2 )) || true
work=bench/work/site-${courses}x${lessons}
out=bench/work/search-${courses}x${lessons}
if [ ! -d "$work/content" ]; then
  echo "generating $courses x $lessons lessons in $work" >&2
  java bench/SyntheticSite.java "$courses" "$lessons" "$work"
fi
mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/work/test-classpath.txt > /dev/null
cp="target/test-classes:target/classes:$(cat bench/work/test-classpath.txt)"
java -cp "$cp" io.buildsite.bench.SearchBench "$work" "$out" "$@"
