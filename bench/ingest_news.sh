#!/bin/bash
# Timed CLI benchmark of the whole text pipeline with storage (`geokg ingest` of articles:
# sentences, times, actors, events, merging, RocksDB) on the German and English news in
# ../shared/data: the 10kGNAD test split and the BBC politics set. Reports sentences/s per core
# (ingest runs the pipeline on one thread; the store writes on another), the CPU seconds, and
# the yield in edges per 1,000 sentences, the figure TABARI's 28 events per 1,000 BBC politics
# sentences is measured in (../shared/research/tabari-measured.md). Best of RUNS (default 3).
#   bench/ingest_news.sh [build/geokg] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
geokg=${1:-build/geokg}
runs=${2:-3}
data=../shared/data
if [[ ! -f $data/news-de-10kgnad/test.csv || ! -d $data/news-en-bbc/bbc/politics ]]; then
  echo "ingest_news: $data news sets are absent (they live beside the repository); skipped"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 bench/news_to_jsonl.py "$data" "$work"
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
for lang in de en; do
  file=$work/$lang.jsonl
  sentences=$("$geokg" annotate --json "$file" | /usr/bin/python3 -c \
    "import json,sys; print(sum(len(json.loads(l)['sentences']) for l in sys.stdin))")
  best_wall="" best_cpu="" summary=""
  for _ in $(seq "$runs"); do
    rm -rf "$work/db"
    start=$EPOCHREALTIME
    cpu=$(/usr/bin/python3 bench/cpu_seconds.py "$work/out" "$geokg" --db "$work/db" ingest "$file")
    wall=$(calc "$EPOCHREALTIME - $start")
    if [[ -z $best_wall ]] || awk "BEGIN { exit !($wall < $best_wall) }"; then
      best_wall=$wall best_cpu=$cpu summary=$(cat "$work/out")
    fi
  done
  edges=$("$geokg" --db "$work/db" stats --json | /usr/bin/python3 -c "import json,sys; print(json.load(sys.stdin)['edges'])")
  # Events as edges (one per fact after merging) and as mentions (one per sentence that codes
  # it), the unit of TABARI's count.
  read -r events event_mentions < <("$geokg" --db "$work/db" edges --json | /usr/bin/python3 -c "
import json, sys
events = [e for e in json.load(sys.stdin) if e['kind'] == 'event']
print(len(events), sum(len(e['mentions']) for e in events))")
  printf '%s  %6d sentences  %.3f s wall  %.3f s CPU  %8.0f sentences/s per core  %5d edges (%d events, %d event mentions)  %5.1f event mentions per 1,000 sentences\n' \
    "$lang" "$sentences" "$best_wall" "$best_cpu" "$(calc "$sentences / $best_cpu")" \
    "$edges" "$events" "$event_mentions" "$(calc "1000 * $event_mentions / $sentences")"
  echo "    $summary"
done
