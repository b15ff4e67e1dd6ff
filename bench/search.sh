#!/usr/bin/env bash
# What search costs a reader (#15): the search index's size per 1,000 posts, and the bytes a browser
# downloads for typical queries, on the shared benchmark kit's blog (default 10,000 posts) with
# search: true. The measuring is SearchBudgetIT (Chromium through Selenium, Resource Timing): each
# query typed at once and typed one key at a time with the results awaited after each key, from an
# empty cache; it fails when a query downloads more than 300 KB. Byte counts, not timings: a busy
# machine changes nothing. Needs the kit (/work/shared/bench), Python 3, Maven, Debian chromium and
# chromium-driver.
#
#   bench/search.sh [N] [queries]     # N = 10000, queries = the kit's words below
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
queries=${2:-"compiler,parser template,deploy rele,brittle quotation,budgets"}
kit=${TINTA_BENCH_KIT:-/work/shared/bench}
cache=${TINTA_BENCH_CACHE:-/tmp/tinta-bench}/search
corpus=$cache/corpus-$n
site=$cache/site-$n
mkdir -p "$cache"
if [ ! -f "$corpus/manifest.tsv" ]; then
  python3 "$kit/gen_corpus.py" "$n" "$corpus" > /dev/null
fi
python3 bench/tinta_site.py "$corpus" "$site" > /dev/null
printf '# bench/search.sh: the kit blog with search\nsearch: true\n' >> "$site/site.yaml"
log=$cache/search-$n.log
if mvn -B verify -Dit.test=SearchBudgetIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dspotless.check.skip=true -Djacoco.skip=true -Dtinta.buildDir="$cache/build" \
    -Dtinta.search.site="$site" -Dtinta.search.queries="$queries" > "$log" 2>&1; then
  status=0
else
  status=1
fi
grep '\[search\]' "$log" || true
grep -E 'Tests run:|FAIL' "$log" | tail -2
[ $status -eq 0 ] || echo "failed: see $log"
exit $status
