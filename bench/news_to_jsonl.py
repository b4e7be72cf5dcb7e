#!/usr/bin/python3
"""Writes the German and English news of ../shared/data as geokg jsonl articles, for the text
benchmarks: DATA/news-de-10kgnad/test.csv (label;'text', CSV with ' as quote) becomes
OUT/de.jsonl dated 2016-01-01, and DATA/news-en-bbc/bbc/politics/*.txt (Latin-1) becomes
OUT/en.jsonl dated 2005-01-01.

usage: bench/news_to_jsonl.py DATA OUT
"""
import csv
import glob
import json
import os
import sys

data, out = sys.argv[1], sys.argv[2]
with open(os.path.join(data, "news-de-10kgnad/test.csv"), encoding="utf-8", newline="") as f, \
     open(os.path.join(out, "de.jsonl"), "w", encoding="utf-8") as de:
    for i, (_, text) in enumerate(csv.reader(f, delimiter=";", quotechar="'")):
        de.write(json.dumps({"id": "gnad-%d" % i, "date": "2016-01-01", "lang": "de",
                             "text": text}, ensure_ascii=False) + "\n")
with open(os.path.join(out, "en.jsonl"), "w", encoding="utf-8") as en:
    for path in sorted(glob.glob(os.path.join(data, "news-en-bbc/bbc/politics/*.txt"))):
        with open(path, encoding="latin-1") as f:
            text = f.read()
        en.write(json.dumps({"id": "bbc-" + os.path.basename(path), "date": "2005-01-01",
                             "lang": "en", "text": text}, ensure_ascii=False) + "\n")
