"""networkx's karate club (Zachary 1977) for the attributes test: `make` prints it as GraphML that the importer
accepts (each member a `person` named "Member n", each tie PARTNER_OF with Zachary's paper as evidence, the node
attribute `club` and the edge attribute `weight` as networkx has them); `check FILE` reads an exported GraphML with
networkx and prints what came back (types included) beside the original, as JSON."""
import json
import sys

import networkx as nx

SOURCE = "zachary-1977"
TITLE = "An Information Flow Model for Conflict and Fission in Small Groups (Zachary 1977)"
URL = "https://doi.org/10.1086/jar.33.4.3629752"
QUOTE = "Members who interacted outside the club are joined by an edge."


def make():
    original = nx.karate_club_graph()
    graph = nx.Graph()
    for node, data in original.nodes(data=True):
        graph.add_node(str(node), name=f"Member {node}", kind="person", club=data["club"])
    for a, b, data in original.edges(data=True):
        graph.add_edge(str(a), str(b), type="PARTNER_OF", weight=data["weight"], evidenceSources=SOURCE,
                       evidenceQuotes=QUOTE, evidence=f"{QUOTE} — {TITLE} ({URL})")
    nx.write_graphml(graph, sys.stdout.buffer)


def check(path):
    original = nx.karate_club_graph()
    read = nx.read_graphml(path)
    clubs = {node: data.get("club") for node, data in read.nodes(data=True)}
    weights = {"-".join(sorted((a, b), key=int)): data.get("weight") for a, b, data in read.edges(data=True)}
    print(json.dumps({
        "clubsEqual": clubs == {str(node): data["club"] for node, data in original.nodes(data=True)},
        "weightsEqual": weights == {"-".join(sorted((str(a), str(b)), key=int)): data["weight"] for a, b, data in original.edges(data=True)},
        "clubType": sorted({type(club).__name__ for club in clubs.values()}),
        "weightType": sorted({type(weight).__name__ for weight in weights.values()}),
        "nodes": read.number_of_nodes(),
        "edges": read.number_of_edges(),
    }))


if __name__ == "__main__":
    make() if sys.argv[1] == "make" else check(sys.argv[2])
