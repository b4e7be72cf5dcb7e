#!/bin/bash
# Timed CLI benchmark for feed import: the full ICEWS14 (train, valid, test; 90,730 rows) into
# a fresh geokg store, and side by side in the same run sqlite3 importing the same rows into a
# table and indexing (source, date) and (target, date). Prints rows/s for both and the ratio.
# Best of RUNS (default 3) for each. Needs ../shared/data/icews (skips with a message without).
#   bench/icews_vs_sqlite.sh [build/geokg] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
geokg=${1:-build/geokg}
runs=${2:-3}
data=../shared/data/icews/icews14
if [[ ! -f $data/icews_2014_train.txt ]]; then
  echo "icews_vs_sqlite: $data is absent (it lives beside the repository, in ../shared); skipped"
  exit 0
fi
command -v sqlite3 >/dev/null || { echo "icews_vs_sqlite: sqlite3 is missing (scripts/install-deps)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=("$data/icews_2014_train.txt" "$data/icews_2014_valid.txt" "$data/icews_2014_test.txt")
cat "${files[@]}" > "$work/all.tsv"
rows=$(wc -l < "$work/all.tsv")

calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }
seconds() { local start=$EPOCHREALTIME; "$@" > /dev/null; calc "$EPOCHREALTIME - $start"; echo; }
best() { sort -n | head -1; }

geokg_best=$(for _ in $(seq "$runs"); do
  rm -rf "$work/db"; seconds "$geokg" --db "$work/db" ingest "${files[@]}"; done | best)
sqlite_best=$(for _ in $(seq "$runs"); do
  rm -f "$work/db.sqlite"
  seconds sqlite3 "$work/db.sqlite" \
    "CREATE TABLE events(source TEXT, relation TEXT, target TEXT, day TEXT);" ".mode tabs" \
    ".import $work/all.tsv events" "CREATE INDEX by_source ON events(source, day);" \
    "CREATE INDEX by_target ON events(target, day);"; done | best)

printf 'rows            %d\n' "$rows"
printf 'geokg           %.3f s  %8.0f rows/s\n' "$geokg_best" "$(calc "$rows / $geokg_best")"
printf 'sqlite3         %.3f s  %8.0f rows/s\n' "$sqlite_best" "$(calc "$rows / $sqlite_best")"
printf 'geokg/sqlite3   %.2f x the speed\n' "$(calc "$sqlite_best / $geokg_best")"
