#!/bin/bash
# Timed CLI benchmark of the text pipeline up to relations (`geokg annotate`: sentences, time
# expressions, actors) on the German and English news in ../shared/data: the 10kGNAD test split
# (1,028 DER STANDARD articles) and the BBC politics set (417 articles). The articles are turned
# into jsonl first (not timed); annotate runs on one thread, so MB/s of CPU time is per core;
# the figure includes process start, dictionary load and writing the JSON. Best of RUNS
# (default 3). Skips with a message when ../shared is absent.
#   bench/annotate_throughput.sh [build/geokg] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
geokg=${1:-build/geokg}
runs=${2:-3}
data=../shared/data
if [[ ! -f $data/news-de-10kgnad/test.csv || ! -d $data/news-en-bbc/bbc/politics ]]; then
  echo "annotate_throughput: $data news sets are absent (they live beside the repository); skipped"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 bench/news_to_jsonl.py "$data" "$work"
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
for lang in de en; do
  file=$work/$lang.jsonl
  text_bytes=$(/usr/bin/python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1], encoding='utf-8')))" "$file")
  # Best CPU time (user + system) of RUNS: on a shared machine wall time measures the
  # neighbours too. annotate is single-threaded, so CPU seconds are per-core seconds.
  best=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%U %S' -o "$work/cpu" "$geokg" annotate --json "$file" > "$work/out.jsonl"
    t=$(awk '{ printf "%.3f", $1 + $2 }' "$work/cpu")
    if [[ -z $best ]] || awk "BEGIN { exit !($t < $best) }"; then best=$t; fi
  done
  read -r sentences actors times < <(/usr/bin/python3 -c "
import json, sys
s = a = t = 0
for line in open(sys.argv[1], encoding='utf-8'):
    d = json.loads(line)
    s += len(d['sentences'])
    a += sum(len(x['actors']) for x in d['sentences'])
    t += sum(len(x['times']) for x in d['sentences'])
print(s, a, t)" "$work/out.jsonl")
  printf '%s  %8d text bytes  %6d sentences  %6d actors  %5d times  %.3f s CPU  %6.1f MB/s per core  %8.0f sentences/s\n' \
    "$lang" "$text_bytes" "$sentences" "$actors" "$times" "$best" \
    "$(calc "$text_bytes / 1000000 / $best")" "$(calc "$sentences / $best")"
done
