#!/usr/bin/env bash
# Benchmark: builds a site of COURSES x LESSONS lessons RUNS times (cold JVM each time) and reports the
# median wall time, pages per second, peak memory (max RSS) and the time of each stage.
# When `hugo` is installed (apt-get install hugo), each run also builds the same lessons with Hugo
# and prints the ratio, run by run.
#   bench/bench.sh [--corpus synthetic|realistic] [COURSES] [LESSONS_PER_COURSE] [RUNS] [extra JVM options...]
#   bench/bench.sh --table [--sizes 10x20,50x20,100x50] [--runs 3] [--corpus synthetic|realistic|both]
# --corpus synthetic (default): the repo's own generator, bench/SyntheticSite.java, and its Hugo twin
#   bench/HugoSite.java (one language, as Hugo renders them).
# --corpus realistic: the shared corpus generator, ../shared/bench/make-corpus.py (relative to the repo
#   root; run where it is, never copied), --flavor xdev for build-site and --flavor hugo for the same
#   pages as a Hugo site.
# --table: for each size (COURSESxLESSONS; default 200, 1,000 and 5,000 lessons) and corpus (default
#   both, realistic first), builds with build-site and Hugo alternately, RUNS times each (cold JVM, each run its own output
#   and cache folder), then prints one table: median wall time of each and their ratio, median CPU time
#   (user+sys, the relaunched build JVM included) and its ratio, and the peak RSS of each.
# Default: 50 x 20 = 1,000 lessons, 3 runs. Needs target/build-site.jar (mvn -B package) and
# /usr/bin/time (apt-get install time). Sites are generated once into bench/work/.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=; table=false; sizes=10x20,50x20,100x50; table_runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) corpus=$2; shift 2 ;;
    --table) table=true; shift ;;
    --sizes) sizes=$2; shift 2 ;;
    --runs) table_runs=$2; shift 2 ;;
    *) break ;;
  esac
done
[ -n "$corpus" ] || { [ "$table" = true ] && corpus=both || corpus=synthetic; }
case "$corpus" in synthetic|realistic|both) ;; *) echo "--corpus: synthetic, realistic or both" >&2; exit 2 ;; esac
courses=${1:-50}; lessons=${2:-20}; runs=${3:-3}; shift $(( $# < 3 ? $# : 3 )) || true
jvm_opts=("$@")
jar=target/build-site.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -B -DskipTests package" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time) for peak memory" >&2; exit 2; }
corpus_script=../shared/bench/make-corpus.py
mkdir -p bench/work
# Generates (once) the build-site site and, with hugo installed, its Hugo twin of one corpus and size;
# sets $work and $hugo_site.
make_sites() {
  local kind=$1 c=$2 l=$3
  if [ "$kind" = realistic ]; then
    [ -f "$corpus_script" ] || { echo "no $corpus_script (run from a checkout beside shared/)" >&2; exit 2; }
    work=bench/work/corpus-${c}x${l}; hugo_site=bench/work/corpus-hugo-${c}x${l}
    if [ ! -d "$work/content" ]; then
      echo "generating the realistic corpus, $c x $l lessons, in $work" >&2
      python3 "$corpus_script" "$work" --courses "$c" --lessons-per-course "$l" --flavor xdev --force > /dev/null
    fi
    if command -v hugo > /dev/null && [ ! -d "$hugo_site/content" ]; then
      python3 "$corpus_script" "$hugo_site" --courses "$c" --lessons-per-course "$l" --flavor hugo --force > /dev/null
    fi
  else
    work=bench/work/site-${c}x${l}; hugo_site=bench/work/hugo-${c}x${l}
    if [ ! -d "$work/content" ]; then
      echo "generating $c x $l lessons in $work" >&2
      java bench/SyntheticSite.java "$c" "$l" "$work"
    fi
    if command -v hugo > /dev/null && [ ! -d "$hugo_site/content" ]; then
      java bench/HugoSite.java "$work" "$hugo_site"
    fi
  fi
}
# wall seconds, max RSS (KiB) and CPU seconds (user+sys, children included) of a command, as
# "SECONDS KIB CPU_SECONDS"
measure() {
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f '%M %U %S' -o bench/work/rss.txt "$@" > /dev/null 2> bench/work/stderr.txt
  end=$(date +%s.%N)
  read -r kib user sys < <(tail -1 bench/work/rss.txt)
  echo "$(echo "$end - $start" | bc) $kib $(echo "$user + $sys" | bc)"
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
if [ "$table" = true ]; then
  [ "$corpus" = synthetic ] && corpora=(synthetic) || { [ "$corpus" = realistic ] && corpora=(realistic) || corpora=(realistic synthetic); }
  command -v hugo > /dev/null || { echo "--table compares with Hugo: apt-get install hugo" >&2; exit 2; }
  rows=()
  for size in ${sizes//,/ }; do
    c=${size%x*}; l=${size#*x}
    for kind in "${corpora[@]}"; do
      make_sites "$kind" "$c" "$l"
      bw=(); bc_=(); bm=(); hw=(); hc=(); hm=()
      for i in $(seq "$table_runs"); do
        read -r t m u < <(measure java "${jvm_opts[@]}" -jar "$jar" build --source "$work" \
          --output "$out/$kind-$size-b$i" --cache-dir "$out/$kind-$size-cache$i")
        bw+=("$t"); bm+=("$m"); bc_+=("$u")
        read -r t m u < <(measure hugo --quiet --source "$hugo_site" --destination "$PWD/$out/$kind-$size-h$i")
        hw+=("$t"); hm+=("$m"); hc+=("$u")
        echo "$kind $((c * l)) lessons, run $i: build-site ${bw[-1]} s wall, ${bc_[-1]} s CPU | hugo ${hw[-1]} s wall, ${hc[-1]} s CPU" >&2
      done
      # outputs stay until the end: deleting many files slows the creation of the next ones (see cleanup)
      mbw=$(printf '%s\n' "${bw[@]}" | median); mhw=$(printf '%s\n' "${hw[@]}" | median)
      mbc=$(printf '%s\n' "${bc_[@]}" | median); mhc=$(printf '%s\n' "${hc[@]}" | median)
      pbm=$(printf '%s\n' "${bm[@]}" | sort -n | tail -1); phm=$(printf '%s\n' "${hm[@]}" | sort -n | tail -1)
      rows+=("$(printf '| %s | %s | %.2f s | %.2f s | %.2f | %.2f s | %.2f s | %.2f | %d MiB | %d MiB |' "$((c * l))" "$kind" \
        "$mbw" "$mhw" "$(echo "$mbw / $mhw" | bc -l)" "$mbc" "$mhc" "$(echo "$mbc / $mhc" | bc -l)" \
        "$((pbm / 1024))" "$((phm / 1024))")")
    done
  done
  echo "medians of $table_runs alternating cold runs; $(nproc) cores; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); $(hugo version | cut -d' ' -f1-2)"
  echo "| lessons | corpus | build-site wall | Hugo wall | wall ratio | build-site CPU | Hugo CPU | CPU ratio | build-site peak RSS | Hugo peak RSS |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  exit 0
fi
[ "$corpus" = both ] && { echo "--corpus both goes with --table" >&2; exit 2; }
make_sites "$corpus" "$courses" "$lessons"
bodies=$(du -sb "$work/content" | cut -f1)
times=(); rss=(); hugo_times=(); hugo_rss=()
for i in $(seq "$runs"); do
  read -r t m _ < <(measure java "${jvm_opts[@]}" -jar "$jar" build --source "$work" --output "$out/build-site-$i")
  times+=("$t"); rss+=("$m")
  cp bench/work/stderr.txt "bench/work/stages-$i.txt"
  line="run $i: build-site $(printf '%.2f' "$t") s, $((m / 1024)) MiB"
  if command -v hugo > /dev/null; then
    read -r ht hm _ < <(measure hugo --quiet --source "$hugo_site" --destination "$PWD/$out/hugo-$i")
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
