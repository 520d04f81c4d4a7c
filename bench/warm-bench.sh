#!/usr/bin/env bash
# Warm builds against Hugo's full build of the same pages, on the realistic corpus
# (../shared/bench/make-corpus.py, run where it is, never copied). For each of RUNS rounds:
#   cold       empty output folder, empty build cache;
#   warm CI    empty output folder, the build cache of a build before the change restored (as the Pages
#              workflow's actions/cache step does), one lesson's text changed;
#   warm local output folder and build cache both kept from the last build, one lesson's text changed;
#   hugo       Hugo's full build of the same lessons.
# Prints the median wall and CPU (user+sys) time of each and its ratio to Hugo's.
#   bench/warm-bench.sh [COURSES] [LESSONS_PER_COURSE] [RUNS]      (default 50 x 20 = 1,000 lessons, 3 runs)
# Needs target/build-site.jar, /usr/bin/time and hugo (apt-get install hugo).
set -euo pipefail
cd "$(dirname "$0")/.."
courses=${1:-50}; per=${2:-20}; runs=${3:-3}
jar=$PWD/target/build-site.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -B -DskipTests package" >&2; exit 2; }
command -v hugo > /dev/null || { echo "needs hugo (apt-get install hugo)" >&2; exit 2; }
work=$PWD/bench/work
site=$work/corpus-${courses}x${per}; hugo_site=$work/corpus-hugo-${courses}x${per}
mkdir -p "$work"
[ -d "$site/content" ] || python3 ../shared/bench/make-corpus.py "$site" --courses "$courses" --lessons-per-course "$per" --flavor xdev > /dev/null
[ -d "$hugo_site/content" ] || python3 ../shared/bench/make-corpus.py "$hugo_site" --courses "$courses" --lessons-per-course "$per" --flavor hugo > /dev/null
round=$work/warm; rm -rf "$round"; mkdir -p "$round"; trap 'rm -rf "$round"' EXIT
cp -r "$site" "$round/site"
lesson=$(find "$round/site/content" -path '*lessons/*.md' ! -name '*.en.md' | sort | sed -n 1p)
# "WALL CPU" of a command
measure() {
  /usr/bin/time -f '%e %U %S' -o "$round/time.txt" "$@" > /dev/null 2> "$round/stderr.txt" \
    || { cat "$round/stderr.txt" >&2; exit 1; }
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$round/time.txt"
}
build=(java -jar "$jar" build --quiet --source "$round/site")
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A wall cpu
for i in $(seq "$runs"); do
  rm -rf "$round/cache" "$round/out" "$round/ci-cache" "$round/ci-out"
  read -r w c < <(measure "${build[@]}" --output "$round/out" --cache-dir "$round/cache"); wall[cold]+="$w "; cpu[cold]+="$c "
  cp -r "$round/cache" "$round/ci-cache"
  echo "Changed in round $i." >> "$lesson"
  read -r w c < <(measure "${build[@]}" --output "$round/ci-out" --cache-dir "$round/ci-cache"); wall[ci]+="$w "; cpu[ci]+="$c "
  echo "Changed again in round $i." >> "$lesson"
  read -r w c < <(measure "${build[@]}" --output "$round/out" --cache-dir "$round/cache"); wall[local]+="$w "; cpu[local]+="$c "
  rm -rf "$round/hugo-out"
  read -r w c < <(measure hugo --quiet --source "$hugo_site" --destination "$round/hugo-out"); wall[hugo]+="$w "; cpu[hugo]+="$c "
  echo "round $i (wall s): cold $(echo ${wall[cold]} | awk '{print $NF}'), warm CI $(echo ${wall[ci]} | awk '{print $NF}'), warm local $(echo ${wall[local]} | awk '{print $NF}'), hugo $(echo ${wall[hugo]} | awk '{print $NF}')" >&2
done
hw=$(echo "${wall[hugo]}" | tr ' ' '\n' | grep . | median); hc=$(echo "${cpu[hugo]}" | tr ' ' '\n' | grep . | median)
echo "$((courses * per)) lessons, median of $runs | wall s | ratio to Hugo | CPU s | ratio to Hugo"
for k in cold ci local hugo; do
  w=$(echo "${wall[$k]}" | tr ' ' '\n' | grep . | median); c=$(echo "${cpu[$k]}" | tr ' ' '\n' | grep . | median)
  printf '%-10s | %6.2f | %5.2f | %6.2f | %5.2f\n' "$k" "$w" "$(echo "$w / $hw" | bc -l)" "$c" "$(echo "$c / $hc" | bc -l)"
done
