#!/usr/bin/env bash
# Benchmark: builds a synthetic site of COURSES x LESSONS lessons RUNS times (cold JVM each time) and
# reports the median wall time, pages per second and peak memory (max RSS).
#   bench/bench.sh [COURSES] [LESSONS_PER_COURSE] [RUNS] [extra JVM options...]
# Default: 50 x 20 = 1,000 lessons, 3 runs. Needs target/build-site.jar (mvn -B package).
set -euo pipefail
cd "$(dirname "$0")/.."
courses=${1:-50}; lessons=${2:-20}; runs=${3:-3}; shift $(( $# < 3 ? $# : 3 )) || true
jvm_opts=("$@")
jar=target/build-site.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -B -DskipTests package" >&2; exit 2; }
work=bench/work/site-${courses}x${lessons}
if [ ! -d "$work/content" ]; then
  echo "generating $courses x $lessons lessons in $work" >&2
  java bench/SyntheticSite.java "$courses" "$lessons" "$work"
fi
bodies=$(du -sb "$work/content" | cut -f1)
times=(); rss=()
for i in $(seq "$runs"); do
  rm -rf "$work/site-output"
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' -o bench/work/rss.txt java "${jvm_opts[@]}" -jar "$jar" build --quiet --source "$work" > /dev/null 2>bench/work/stderr.txt
    rss+=("$(tail -1 bench/work/rss.txt)")
  else
    java "${jvm_opts[@]}" -jar "$jar" build --quiet --source "$work" > /dev/null 2>bench/work/stderr.txt
    rss+=("0")
  fi
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc)")
done
pages=$(find "$work/site-output" -name '*.html' | wc -l)
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
peak=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
echo "lessons: $((courses * lessons))  source: $((bodies / 1024 / 1024)) MiB  pages written: $pages"
echo "runs (s): ${times[*]}"
printf 'median: %.2f s  pages/s: %.0f  peak RSS: %d MiB  cores: %s\n' "$median" "$(echo "$pages / $median" | bc -l)" "$((peak / 1024))" "$(nproc)"
tail -1 bench/work/stderr.txt
