"""Reference answers for tests/cli/icews_queries_test.cc, computed with networkx.

Reads the output of `geokg edges --json` (the same store the C++ queries read) and prints, one
per line, tab-separated:
  pair FROM TO LENGTH      shortest path length (-1: no path), for seeded random actor pairs
  ego ACTOR N              actors within 2 hops (ACTOR excluded)
  degree ACTOR N           incident edges (parallel edges count, a self-loop once)
  pagerank ACTOR SCORE     networkx pagerank on the simple undirected graph, top 10
Usage: icews_reference.py EDGES_JSON PAIRS
"""
import json
import random
import sys

import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

edges = json.load(open(sys.argv[1]))
pairs = int(sys.argv[2])
multi = nx.MultiGraph()
simple = nx.Graph()
for e in edges:
    if e["modality"] not in ("asserted", "reported"):
        continue
    s, t = e["source"]["id"], e["target"]["id"]
    multi.add_edge(s, t)
    if s != t:
        simple.add_edge(s, t)  # an actor with only self-loops has no place in a simple graph
nodes = sorted(simple.nodes())
rng = random.Random(14)
for _ in range(pairs):
    a, b = rng.choice(nodes), rng.choice(nodes)
    try:
        n = nx.shortest_path_length(simple, a, b)
    except nx.NetworkXNoPath:
        n = -1
    print(f"pair\t{a}\t{b}\t{n}")
for a in rng.sample(nodes, 5):
    print(f"ego\t{a}\t{len(nx.ego_graph(simple, a, radius=2)) - 1}")
degree = {v: sum(1 for _ in multi.edges(v)) for v in multi.nodes()}
for v in sorted(degree, key=lambda v: (-degree[v], v))[:10]:
    print(f"degree\t{v}\t{degree[v]}")
pr = _pagerank_python(simple, alpha=0.85, tol=1e-10, max_iter=200)
for v in sorted(pr, key=lambda v: -pr[v])[:10]:
    print(f"pagerank\t{v}\t{pr[v]:.8f}")
