#!/usr/bin/env bash
# Benchmark: builds a synthetic site of COURSES x LESSONS lessons RUNS times (cold JVM each time) and
# reports the median wall time, pages per second, peak memory (max RSS) and the time of each stage.
# When `hugo` is installed (apt-get install hugo), each run also builds the same lessons with Hugo
# (one language, as Hugo renders them; bench/HugoSite.java) and prints the ratio, run by run.
#   bench/bench.sh [COURSES] [LESSONS_PER_COURSE] [RUNS] [extra JVM options...]
# Default: 50 x 20 = 1,000 lessons, 3 runs. Needs target/build-site.jar (mvn -B package).
set -euo pipefail
cd "$(dirname "$0")/.."
courses=${1:-50}; lessons=${2:-20}; runs=${3:-3}; shift $(( $# < 3 ? $# : 3 )) || true
jvm_opts=("$@")
jar=target/build-site.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -B -DskipTests package" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time) for peak memory" >&2; exit 2; }
work=bench/work/site-${courses}x${lessons}
if [ ! -d "$work/content" ]; then
  echo "generating $courses x $lessons lessons in $work" >&2
  java bench/SyntheticSite.java "$courses" "$lessons" "$work"
fi
hugo_site=bench/work/hugo-${courses}x${lessons}
if command -v hugo > /dev/null && [ ! -d "$hugo_site/content" ]; then
  java bench/HugoSite.java "$work" "$hugo_site"
fi
bodies=$(du -sb "$work/content" | cut -f1)
# wall seconds and max RSS (KiB) of a command, as "SECONDS KIB"
measure() {
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o bench/work/rss.txt "$@" > /dev/null 2> bench/work/stderr.txt
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc) $(tail -1 bench/work/rss.txt)"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Every run writes into a folder of its own, removed only at the end: creating files within a minute
# of deleting many is several times slower on ext4 (it avoids reusing recently freed inodes), which
# would measure the last clean-up instead of the build. So a benchmark started soon after another
# one's clean-up waits for that minute to pass.
out=bench/work/out
cleanup() { rm -rf "$out"; sync; date +%s > bench/work/last-cleanup; }
[ -d "$out" ] && cleanup
if [ -f bench/work/last-cleanup ]; then
  wait_s=$(( $(cat bench/work/last-cleanup) + 65 - $(date +%s) ))
  if [ "$wait_s" -gt 0 ]; then echo "waiting ${wait_s} s after the last clean-up" >&2; sleep "$wait_s"; fi
fi
mkdir -p "$out"
trap cleanup EXIT
times=(); rss=(); hugo_times=(); hugo_rss=()
for i in $(seq "$runs"); do
  read -r t m < <(measure java "${jvm_opts[@]}" -jar "$jar" build --source "$work" --output "$out/build-site-$i")
  times+=("$t"); rss+=("$m")
  cp bench/work/stderr.txt "bench/work/stages-$i.txt"
  line="run $i: build-site $(printf '%.2f' "$t") s, $((m / 1024)) MiB"
  if command -v hugo > /dev/null; then
    read -r ht hm < <(measure hugo --quiet --source "$hugo_site" --destination "$PWD/$out/hugo-$i")
    hugo_times+=("$ht"); hugo_rss+=("$hm")
    line="$line | hugo $(printf '%.2f' "$ht") s, $((hm / 1024)) MiB | time ratio $(printf '%.2f' "$(echo "$t / $ht" | bc -l)")"
  fi
  echo "$line"
done
# A rebuild with nothing changed, over the first run's output: it rewrites no file (unchanged files keep
# their inode and time); how long it takes against a full build. Plainly, it finds the output up to
# date; with --rebuild, it renders everything again and writes only what differs (nothing).
before=$(find "$out/build-site-1" -type f -printf '%i %T@ %P\n' | sort | md5sum)
read -r again _ < <(measure java "${jvm_opts[@]}" -jar "$jar" build --source "$work" --output "$out/build-site-1")
grep -q 'up to date' bench/work/stderr.txt || echo "warning: the no-change rebuild did not find the output up to date" >&2
after=$(find "$out/build-site-1" -type f -printf '%i %T@ %P\n' | sort | md5sum)
read -r forced _ < <(measure java "${jvm_opts[@]}" -jar "$jar" build --rebuild --source "$work" --output "$out/build-site-1")
after_forced=$(find "$out/build-site-1" -type f -printf '%i %T@ %P\n' | sort | md5sum)
pages=$(find "$out/build-site-1" -name '*.html' | wc -l)
med=$(printf '%s\n' "${times[@]}" | median)
peak=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
echo "lessons: $((courses * lessons))  source: $((bodies / 1024 / 1024)) MiB  pages written: $pages  cores: $(nproc)"
printf 'build-site median: %.2f s  pages/s: %.0f  peak RSS: %d MiB\n' "$med" "$(echo "$pages / $med" | bc -l)" "$((peak / 1024))"
for stage in load render assemble write; do
  printf '  %-8s median %s ms\n' "$stage" "$(cat bench/work/stages-*.txt | sed -n "s/^$stage: .*(\([0-9]*\) ms)$/\1/p" | median)"
done
printf 'rebuild with no change: %.2f s (%.0f %% of the median full build); files rewritten: %s\n' "$again" \
  "$(echo "100 * $again / $med" | bc -l)" "$([ "$before" = "$after" ] && echo none || echo some)"
printf 'same with --rebuild: %.2f s (%.0f %%); files rewritten: %s\n' "$forced" \
  "$(echo "100 * $forced / $med" | bc -l)" "$([ "$before" = "$after_forced" ] && echo none || echo some)"
if [ ${#hugo_times[@]} -gt 0 ]; then
  hmed=$(printf '%s\n' "${hugo_times[@]}" | median)
  hpeak=$(printf '%s\n' "${hugo_rss[@]}" | sort -n | tail -1)
  hpages=$(find "$out/hugo-1" -name '*.html' | wc -l)
  printf 'hugo median: %.2f s  pages written: %d  peak RSS: %d MiB  (%s)\n' "$hmed" "$hpages" "$((hpeak / 1024))" "$(hugo version | cut -d' ' -f2)"
  printf 'ratio of medians (build-site / hugo): time %.2f, peak RSS %.2f\n' "$(echo "$med / $hmed" | bc -l)" "$(echo "$peak / $hpeak" | bc -l)"
fi
tail -1 bench/work/stderr.txt
