#!/usr/bin/env bash
# Benchmark of build-site serve on the synthetic site of bench/bench.sh (COURSES x LESSONS lessons):
# rebuild time after saving one lesson, save-to-reloaded-page time in headless Chromium, and the heap
# after MEMORY_EDITS more edits. Works on a copy, so the generated site is not touched.
#   bench/serve-bench.sh [COURSES] [LESSONS_PER_COURSE] [EDITS] [MEMORY_EDITS] [JVM options...]
# Defaults: 50 x 20 = 1,000 lessons, 20 edits, 200 memory edits. Needs /usr/bin/chromium and chromedriver.
set -euo pipefail
cd "$(dirname "$0")/.."
courses=${1:-50}; lessons=${2:-20}; edits=${3:-20}; memory=${4:-200}; shift $(( $# < 4 ? $# : 4 )) || true
work=bench/work/site-${courses}x${lessons}
copy=bench/work/serve-${courses}x${lessons}
if [ ! -d "$work/content" ]; then
  echo "generating $courses x $lessons lessons in $work" >&2
  java bench/SyntheticSite.java "$courses" "$lessons" "$work"
fi
rm -rf "$copy" && mkdir -p "$copy" && cp -r "$work/content" "$work/data" "$work/site.yaml" "$copy/"
mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/work/test-classpath.txt > /dev/null
java "$@" -cp "target/test-classes:target/classes:$(cat bench/work/test-classpath.txt)" io.buildsite.bench.ServeBench "$copy" "$edits" "$memory"
