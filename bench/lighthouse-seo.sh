#!/usr/bin/env bash
# Lighthouse SEO scores of a built site: builds the shared corpus (or SITE) with a base URL, serves the
# output over HTTP on this machine, and runs `lighthouse --only-categories=seo` on its home page, its
# first lesson and its first quiz, printing each page's score and every audit that did not pass.
#   bench/lighthouse-seo.sh [SITE]        (default: ../shared/corpus, relative to the repo root)
# Needs target/build-site.jar (mvn -B package -DskipTests; BUILD_SITE_JAR names another), python3 to serve, npm (Lighthouse is
# installed into .ci/lighthouse/ from its package-lock.json on first use) and Chromium: CHROME_PATH, or
# else /usr/bin/chromium. Exits 1 when a page scores below 100.
set -euo pipefail
cd "$(dirname "$0")/.."
site=${1:-../shared/corpus}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
jar=${BUILD_SITE_JAR:-target/build-site.jar}
[ -f "$jar" ] || { echo "lighthouse-seo: build $jar first (mvn -B package -DskipTests)" >&2; exit 2; }
if [ ! -x .ci/lighthouse/node_modules/.bin/lighthouse ]; then
  npm ci --prefix .ci/lighthouse --no-audit --no-fund --silent
fi
work=$(mktemp -d)
server=
# shellcheck disable=SC2317 # run by the trap
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port/"
# The address it is served at is the one it is built for, so its canonical addresses are this server's.
java -jar "$jar" build --quiet --source "$site" --output "$work/site" --cache-dir "$work/cache" \
  --base-url "$base" 2> "$work/build.err" || { cat "$work/build.err" >&2; exit 2; }
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" > /dev/null 2>&1 &
server=$!
for _ in $(seq 50); do curl -fs -o /dev/null "$base" && break; sleep 0.1; done
lesson=$(grep -o "<loc>${base}lessons/[^<]*</loc>" "$work/site/sitemap.xml" | head -1 | sed 's/<[^>]*>//g')
quiz=$(grep -o "<loc>${base}luyen-thi/[^<]\+/</loc>" "$work/site/sitemap.xml" | head -1 | sed 's/<[^>]*>//g')
failed=0
for url in "$base" "$lesson" "$quiz"; do
  [ -n "$url" ] || continue
  .ci/lighthouse/node_modules/.bin/lighthouse "$url" --only-categories=seo --output=json --output-path="$work/report.json" \
    --quiet --chrome-flags="--headless --no-sandbox" > /dev/null
  # shellcheck disable=SC2016 # the script is JavaScript, its ${...} are its own
  node -e '
    const r = require(process.argv[1]);
    const seo = r.categories.seo;
    const score = Math.round(seo.score * 100);
    console.log(`${score}  ${r.finalDisplayedUrl || r.finalUrl}`);
    for (const ref of seo.auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`     fails ${a.id}: ${a.title}`);
    }
    process.exitCode = score < 100 ? 1 : 0;' "$work/report.json" || failed=1
done
exit $failed
