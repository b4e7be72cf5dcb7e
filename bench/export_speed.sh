#!/bin/bash
# Timed CLI benchmark for `geokg export`: the full ICEWS14 (train, valid, test; 90,730 rows,
# 86,746 edges after merging) exported to every format. Prints wall seconds, CPU seconds and
# MB/s of output per format, best of RUNS (default 3), plus the share of the time spent reading
# the selection (`edges --json` of the same edges is timed alongside for comparison). Needs
# ../shared/data/icews (skips with a message without).
#   bench/export_speed.sh [build/geokg] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
geokg=${1:-build/geokg}
runs=${2:-3}
data=../shared/data/icews/icews14
if [[ ! -f $data/icews_2014_train.txt ]]; then
  echo "export_speed: $data is absent (it lives beside the repository, in ../shared); skipped"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$geokg" --db "$work/db" ingest "$data"/icews_2014_{train,valid,test}.txt > /dev/null
"$geokg" --db "$work/db" stats | grep -E "^(actors|edges)"

calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
printf "%-11s %8s %8s %9s %8s\n" format wall_s cpu_s MB MB/s
for format in graphml gexf json cytoscape timelinejs dot csv edges--json; do
  best_wall="" best_cpu=""
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    start=$EPOCHREALTIME
    if [[ $format == edges--json ]]; then
      cpu=$(/usr/bin/python3 bench/cpu_seconds.py "$work/out" "$geokg" --db "$work/db" edges --json)
    else
      cpu=$(/usr/bin/python3 bench/cpu_seconds.py /dev/null "$geokg" --db "$work/db" export \
        --format "$format" --out "$work/out" 2>/dev/null)
    fi
    wall=$(calc "$EPOCHREALTIME - $start")
    if [[ -z $best_wall ]] || awk "BEGIN { exit !($wall < $best_wall) }"; then
      best_wall=$wall best_cpu=$cpu
    fi
  done
  bytes=$(du -sb "$work/out" | cut -f1)
  printf "%-11s %8s %8s %9s %8s\n" "$format" "$best_wall" "$best_cpu" \
    "$(calc "$bytes / 1e6")" "$(calc "$bytes / 1e6 / $best_wall")"
done
