"""Reads a geokg export back with a real consumer and compares it with `geokg edges --json`.

    export_check.py FORMAT EXPORT EDGES_JSON

FORMAT is one of graphml-networkx, graphml-igraph, gexf-networkx, json-networkx,
cytoscape-js, timelinejs, dot-graphviz, csv-neo4j. EXPORT is the file (for csv the directory)
that `geokg export` wrote; EDGES_JSON is what `geokg edges --json` printed for the same
selection. Both sides are turned into one canonical form,

    nodes: {actor id: {name, label, type, codes}}
    edges: {edge id: {source, target, kind, relation, cameo, label, time, time_mod, lo, hi,
                      precision, modality, attributed_to, confidence, mentions, sources,
                      evidence}}

with absent values left out, and must be equal. The expected side applies the export contract
independently of geokg's C++ code: text without the control characters XML cannot carry, codes
as "system=code" joined by ";", sources as the distinct documents in mention order joined by
line feeds, evidence as the first mention's text. Prints {"nodes": n, "edges": m} on success;
exits 1 with the first differences otherwise. Runs under /usr/bin/python3 (Debian's networkx
and igraph); the Cytoscape.js reader needs node and NODE_PATH.
"""

import csv
import html
import json
import math
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

SCRIPTS = os.path.dirname(os.path.abspath(__file__))


def sanitize(text):
    """The export contract's clean-up: drop C0 controls but tab, LF, CR; DEL; C1; U+FFFE/F."""
    return "".join(
        c for c in text
        if not ((ord(c) < 0x20 and c not in "\t\n\r") or 0x7F <= ord(c) <= 0x9F
                or c in "\ufffe\uffff"))


def present(values):
    return {k: v for k, v in values.items() if v is not None and v != "" and not (
        isinstance(v, float) and math.isnan(v))}


def expected_from_edges(path):
    with open(path, encoding="utf-8") as f:
        edges = json.load(f)
    nodes, out = {}, {}
    for e in edges:
        for actor in (e["source"], e["target"]):
            codes = ";".join(f"{k}={v}" for k, v in sorted(actor["codes"].items()))
            nodes[actor["id"]] = present({
                "name": sanitize(actor["name"]),
                "label": sanitize(actor["name"]),
                "type": actor["type"],
                "codes": sanitize(codes),
            })
        docs = []
        for m in e["mentions"]:
            if m["doc"] not in docs:
                docs.append(m["doc"])
        t = e["time"]
        out[e["id"]] = present({
            "source": e["source"]["id"],
            "target": e["target"]["id"],
            "kind": e["kind"],
            "relation": e["relation"],
            "cameo": e["cameo"],
            "label": sanitize(e["label"] or ""),
            "time": t["value"],
            "time_mod": t["mod"],
            "lo": t["lo"],
            "hi": t["hi"],
            "precision": t["precision"],
            "modality": e["modality"],
            "attributed_to": (e["attributed_to"] or {}).get("id") if isinstance(
                e["attributed_to"], dict) else e["attributed_to"],
            "confidence": float(e["confidence"]),
            "mentions": len(e["mentions"]),
            "sources": sanitize("\n".join(docs)),
            "evidence": sanitize(e["mentions"][0]["text"]) if e["mentions"] else None,
        })
    return {"nodes": nodes, "edges": out}


EDGE_KEYS = ("kind", "relation", "cameo", "label", "time", "time_mod", "lo", "hi", "precision",
             "modality", "attributed_to", "confidence", "mentions", "sources", "evidence")
NODE_KEYS = ("name", "label", "type", "codes")


def typed(values):
    """Numbers as numbers whatever the reader made of them (igraph reads ints as floats)."""
    values = present(values)
    if "confidence" in values:
        values["confidence"] = float(values["confidence"])
    if "mentions" in values:
        values["mentions"] = int(float(values["mentions"]))
    return values


def canonical_edge(source, target, data):
    edge = typed({k: data.get(k) for k in EDGE_KEYS})
    edge["source"], edge["target"] = source, target
    return edge


def read_networkx_graph(graph):
    """Edges keyed by the edge id: the multigraph key, or (GEXF read as a simple DiGraph when
    no pair has two edges) the "id" attribute."""
    nodes = {n: typed({k: d.get(k) for k in NODE_KEYS}) for n, d in graph.nodes(data=True)}
    if graph.is_multigraph():
        triples = [(u, v, key, d) for u, v, key, d in graph.edges(keys=True, data=True)]
    else:
        triples = [(u, v, d["id"], d) for u, v, d in graph.edges(data=True)]
    edges = {key: canonical_edge(u, v, d) for u, v, key, d in triples}
    return {"nodes": nodes, "edges": edges}, triples


def read_graphml_networkx(path):
    import networkx as nx
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.is_directed() and graph.is_multigraph()
    return read_networkx_graph(graph)[0]


def read_graphml_igraph(path):
    import igraph
    graph = igraph.Graph.Read_GraphML(path)
    assert graph.is_directed()
    nodes = {v["id"]: typed({k: v[k] for k in NODE_KEYS if k in v.attributes()})
             for v in graph.vs}
    edges = {}
    for e in graph.es:
        data = {k: e[k] for k in EDGE_KEYS if k in e.attributes()}
        edges[e["id"]] = canonical_edge(graph.vs[e.source]["id"], graph.vs[e.target]["id"], data)
    return {"nodes": nodes, "edges": edges}


def read_gexf_networkx(path):
    import networkx as nx
    from networkx.readwrite import gexf
    # Debian 12's networkx (2.8) knows the GEXF 1.1 and 1.2 namespaces; 1.3 has the same
    # elements for what geokg writes, so the reader is taught its namespace only.
    gexf.GEXF.versions["1.3"] = dict(gexf.GEXF.versions["1.2draft"],
                                     NS_GEXF="http://gexf.net/1.3",
                                     NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
    graph = nx.read_gexf(path, version="1.3")
    assert graph.graph.get("mode") == "dynamic"
    kinds = {}
    ns = {"g": "http://gexf.net/1.3"}
    for element in ET.parse(path).getroot().iterfind(".//g:edges/g:edge", ns):
        kinds[element.get("id")] = element.get("kind")
    result, triples = read_networkx_graph(graph)
    for u, v, key, d in triples:
        edge = result["edges"][key]
        # Time as Gephi sees it: start/end on events, a spell on relations, open sides absent.
        if d.get("kind") == "relation":
            spells = d.get("spells", [])
            got = [(s if s != "None" else None, e if e != "None" else None) for s, e in spells]
            want = [(edge.get("lo"), edge.get("hi"))] if ("lo" in edge or "hi" in edge) else []
        else:
            got, want = (d.get("start"), d.get("end")), (edge.get("lo"), edge.get("hi"))
        if got != want:
            raise AssertionError(f"{key}: GEXF time {got} != {want}")
        if kinds[key] != edge["relation"]:
            raise AssertionError(f"{key}: GEXF kind {kinds[key]!r} != {edge['relation']!r}")
    return result


def read_node_link_networkx(path):
    import networkx as nx
    with open(path, encoding="utf-8") as f:
        graph = nx.node_link_graph(json.load(f))
    assert graph.is_directed() and graph.is_multigraph()
    return read_networkx_graph(graph)[0]


def read_cytoscape(path):
    result = subprocess.run(["node", os.path.join(SCRIPTS, "cytoscape_read.js"), path],
                            capture_output=True, text=True, check=True)
    cy = json.loads(result.stdout)
    if cy["warnings"]:
        raise AssertionError(f"Cytoscape.js warned: {cy['warnings'][:3]}")
    if cy["length"] != len(cy["nodes"]) + len(cy["edges"]):
        raise AssertionError(f"cy.elements().length {cy['length']} != nodes + edges")
    nodes = {d["id"]: typed({k: d.get(k) for k in NODE_KEYS}) for d in cy["nodes"]}
    edges = {d["id"]: canonical_edge(d["source"], d["target"], d) for d in cy["edges"]}
    return {"nodes": nodes, "edges": edges}


def check_timelinejs(path, expected):
    """TimelineJS3's documented JSON: events[] with start_date{year, month?, day?}, optional
    end_date and display_date, text{headline, text} as HTML, unique_id, group; one slide per
    dated edge."""
    with open(path, encoding="utf-8") as f:
        timeline = json.load(f)
    assert isinstance(timeline["events"], list)
    assert isinstance(timeline["title"]["text"]["headline"], str)
    names = {i: n.get("label", i) for i, n in expected["nodes"].items()}
    want = {e_id: e for e_id, e in expected["edges"].items() if "lo" in e or "hi" in e}
    seen = set()
    for slide in timeline["events"]:
        uid = slide["unique_id"]
        assert uid not in seen, f"duplicate unique_id {uid}"
        seen.add(uid)
        edge_id = "edge:" + uid.removeprefix("edge-")
        edge = want[edge_id]
        for key in ("start_date", "end_date"):
            if key not in slide:
                continue
            date = slide[key]
            assert set(date) <= {"year", "month", "day"}, date
            assert re.fullmatch(r"-?\d+", date["year"]), date
            if "month" in date:
                assert 1 <= int(date["month"]) <= 12, date
            if "day" in date:
                assert "month" in date and 1 <= int(date["day"]) <= 31, date
        start = slide["start_date"]
        first = edge.get("lo") or edge.get("hi")
        assert start["year"] == str(int(first[:4])), (start, first)
        headline, text = slide["text"]["headline"], slide["text"]["text"]
        # geokg's own markup: paragraphs, the source list, bold document ids, http(s) links.
        own = re.sub(r'</?(?:p|ul|li|b)>|<a href="https?://[^"<>]*" target="_blank" '
                     r'rel="noopener">|</a>', "", text)
        for raw in (headline, own):
            assert "<" not in raw and ">" not in raw, f"{edge_id}: unescaped markup in {raw[:80]!r}"
        want_headline = edge.get("label") or (
            f"{names[edge['source']]} \u2013 {edge['relation']} \u2013 {names[edge['target']]}")
        assert html.unescape(headline) == want_headline, (edge_id, headline[:80])
        if "evidence" in edge:
            assert edge["evidence"] in html.unescape(own), f"{edge_id}: evidence missing"
        for doc in edge.get("sources", "").split("\n"):
            assert doc in html.unescape(own), f"{edge_id}: source {doc} missing"
        assert slide["group"] == edge["relation"]
    missing = set(want) - {"edge:" + u.removeprefix("edge-") for u in seen}
    assert not missing, f"dated edges without a slide: {sorted(missing)[:5]}"
    return len(seen)


def read_dot(path):
    """Graphviz parses the file and lays it out; its JSON output gives ids, labels and ends."""
    result = subprocess.run(["dot", "-Tjson", path], capture_output=True, text=True, check=True)
    graph = json.loads(result.stdout)
    unescape = lambda s: re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), s)
    objects = graph.get("objects", [])
    nodes = {o["name"]: {"label": unescape(o["label"])} for o in objects}
    edges = {}
    for e in graph.get("edges", []):
        label = unescape(e["label"]).split("\n")
        edges[e["id"]] = {"source": objects[e["tail"]]["name"],
                          "target": objects[e["head"]]["name"], "relation": label[0]}
    return {"nodes": nodes, "edges": edges}


# neo4j-admin import header grammar: name[:type][[]] or :ID(group) :START_ID(group)
# :END_ID(group) :LABEL :TYPE :IGNORE, with name optional before the special ones.
HEADER_FIELD = re.compile(
    r"(?:[A-Za-z_][A-Za-z0-9_]*)?:(?:ID|START_ID|END_ID)(?:\([A-Za-z_][A-Za-z0-9_]*\))?"
    r"|:LABEL|:TYPE|:IGNORE"
    r"|[A-Za-z_][A-Za-z0-9_]*(?::(?:int|long|float|double|boolean|byte|short|char|string|point"
    r"|date|localtime|time|localdatetime|datetime|duration)(?:\[\])?)?")


def read_neo4j_csv(directory):
    def rows(name):
        with open(os.path.join(directory, name), encoding="utf-8", newline="") as f:
            table = list(csv.reader(f, strict=True))
        for field in table[0]:
            assert HEADER_FIELD.fullmatch(field), f"{name}: header field {field!r}"
        header = [h.split(":")[0] if not h.startswith(":") else h for h in table[0]]
        for row in table[1:]:
            assert len(row) == len(header), f"{name}: row of {len(row)} fields"
        return [dict(zip(header, row)) for row in table[1:]], table[0]

    actors, actor_header = rows("actors.csv")
    edges, edge_header = rows("edges.csv")
    assert actor_header[0] == "id:ID(Actor)" and ":LABEL" in actor_header, actor_header
    assert edge_header[:3] == [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"], edge_header
    nodes = {}
    for a in actors:
        assert a[":LABEL"] == "Actor;" + a["type"].capitalize(), a[":LABEL"]
        nodes[a["id"]] = typed({k: a.get(k) for k in NODE_KEYS})
    out = {}
    for e in edges:
        assert e[":TYPE"] == e["relation"].upper()
        out[e["id"]] = canonical_edge(e[":START_ID(Actor)"], e[":END_ID(Actor)"], e)
    return {"nodes": nodes, "edges": out}


def compare(got, want, limit=5):
    problems = []
    for part in ("nodes", "edges"):
        for key in sorted(set(want[part]) | set(got[part])):
            if key not in got[part]:
                problems.append(f"{part} {key!r}: missing from the export")
            elif key not in want[part]:
                problems.append(f"{part} {key!r}: not selected but exported")
            elif got[part][key] != want[part][key]:
                g, w = got[part][key], want[part][key]
                diff = {k: (g.get(k), w.get(k)) for k in set(g) | set(w) if g.get(k) != w.get(k)}
                problems.append(f"{part} {key!r}: (export, expected) {str(diff)[:400]}")
            if len(problems) >= limit:
                return problems
    return problems


def main():
    fmt, export, edges_json = sys.argv[1:4]
    want = expected_from_edges(edges_json)
    if fmt == "timelinejs":
        slides = check_timelinejs(export, want)
        print(json.dumps({"slides": slides}))
        return 0
    readers = {
        "graphml-networkx": read_graphml_networkx,
        "graphml-igraph": read_graphml_igraph,
        "gexf-networkx": read_gexf_networkx,
        "json-networkx": read_node_link_networkx,
        "cytoscape-js": read_cytoscape,
        "dot-graphviz": read_dot,
        "csv-neo4j": read_neo4j_csv,
    }
    got = readers[fmt](export)
    if fmt == "dot-graphviz":
        # A picture, not a data format: ids, names and ends must survive, the rest is layout.
        want = {"nodes": {i: {"label": n.get("label", "")} for i, n in want["nodes"].items()},
                "edges": {i: {"source": e["source"], "target": e["target"],
                              "relation": e["relation"] + (f" ({e['cameo']})" if "cameo" in e
                                                           else "")}
                          for i, e in want["edges"].items()}}
        want["nodes"] = {i: {"label": n["label"].replace("\r", "")} for i, n in
                         want["nodes"].items()}
    problems = compare(got, want)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    print(json.dumps({"nodes": len(got["nodes"]), "edges": len(got["edges"])}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
