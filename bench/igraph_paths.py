"""The igraph side of bench/query_bench.sh: the same graph, pairs and ego centres that
build/bench/query_bench used, in memory. Prints load time apart, then per-query p50/p99 in
the same format as query_bench.
Usage: igraph_paths.py DIR   (DIR holds edges.tsv, pairs.tsv, egos.tsv)
"""
import sys
import time

import igraph

d = sys.argv[1]
start = time.perf_counter()
index = {}
edges = []
for line in open(f"{d}/edges.tsv"):
    a, b = line.split()
    edges.append((index.setdefault(a, len(index)), index.setdefault(b, len(index))))
g = igraph.Graph(n=len(index), edges=edges, directed=False)
load = time.perf_counter() - start
print(f"igraph_load actors={g.vcount()} edges={g.ecount()} seconds={load:.3f}")
pairs = [tuple(index[x] for x in line.split()) for line in open(f"{d}/pairs.tsv")]
egos = [index[line.strip()] for line in open(f"{d}/egos.tsv")]


def report(name, ms):
    ms.sort()
    at = lambda q: ms[min(len(ms) - 1, int(q * len(ms)))]
    print(f"{name} n={len(ms)} p50_ms={at(0.5):.3f} p99_ms={at(0.99):.3f} max_ms={ms[-1]:.3f}")


for _ in range(2):  # the second pass is reported, as for query_bench
    path_ms, found = [], 0
    for a, b in pairs:
        t = time.perf_counter()
        p = g.get_shortest_paths(a, to=b, output="vpath")[0]
        path_ms.append((time.perf_counter() - t) * 1000)
        found += bool(p)
    ego_ms = []
    for v in egos:
        t = time.perf_counter()
        g.neighborhood(v, order=2)
        ego_ms.append((time.perf_counter() - t) * 1000)
print(f"igraph paths found={found} of {len(pairs)}")
report("igraph_path", path_ms)
report("igraph_ego2", ego_ms)
