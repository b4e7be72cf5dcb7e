#!/bin/bash
# Query latency on ICEWS14 (90,730 rows) read from disk with a warm cache, side by side with
# python3-igraph answering the same questions in memory (its load time reported apart):
# shortest paths between 1,000 random actor pairs, 2-hop ego networks, the busiest actor's
# timeline. Prints p50/p99 per query and the geokg/igraph ratio of the medians.
# Needs ../shared/data/icews (skips with a message without) and build/bench/query_bench.
#   bench/query_bench.sh [build] [PAIRS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
pairs=${2:-1000}
data=../shared/data/icews/icews14
if [[ ! -f $data/icews_2014_train.txt ]]; then
  echo "query_bench: $data is absent (it lives beside the repository, in ../shared); skipped"
  exit 0
fi
/usr/bin/python3 -c 'import igraph' 2>/dev/null ||
  { echo "query_bench: python3-igraph is missing (scripts/install-deps)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/geokg" --db "$work/db" ingest "$data/icews_2014_train.txt" "$data/icews_2014_valid.txt" \
  "$data/icews_2014_test.txt" > /dev/null
"$build/bench/query_bench" --db="$work/db" --pairs="$pairs" --out="$work" | tee "$work/geokg.txt"
/usr/bin/python3 bench/igraph_paths.py "$work" | tee "$work/igraph.txt"
p50() { awk -v q="$1" '$1 == q { sub("p50_ms=", "", $3); print $3 }' "$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "ratio geokg/igraph path p50 (geokg with hop edges): $(ratio "$(p50 path "$work/geokg.txt")" "$(p50 igraph_path "$work/igraph.txt")")"
echo "ratio geokg/igraph path p50 (search only):          $(ratio "$(p50 path_search_only "$work/geokg.txt")" "$(p50 igraph_path "$work/igraph.txt")")"
echo "ratio geokg/igraph ego2 p50 (geokg hubs capped at 100): $(ratio "$(p50 ego2_limit100 "$work/geokg.txt")" "$(p50 igraph_ego2 "$work/igraph.txt")")"
