# Outside referee for group-connections.ts: reads {nodes, edges, sources, targets} JSON on stdin, prints networkx's
# subset betweenness of organisations and of partner pairs (networkx halves it on undirected graphs). A pair's count is
# read as the betweenness of a node put in the middle of its edge: networkx's edge_betweenness_centrality_subset
# splits a dependency evenly between predecessors instead of by their route counts, so it is not the referee here.
import json, sys
import networkx as nx

data = json.load(sys.stdin)
g = nx.Graph()
g.add_nodes_from(data["nodes"])
g.add_edges_from(data["edges"])
nodes = nx.betweenness_centrality_subset(g, data["sources"], data["targets"], normalized=False)
split = nx.Graph()
split.add_nodes_from(g)
for a, b in g.edges():
    split.add_edges_from([(a, ("mid", a, b)), (("mid", a, b), b)])
middles = nx.betweenness_centrality_subset(split, data["sources"], data["targets"], normalized=False)
print(json.dumps({
    "organisations": {k: 2 * v for k, v in nodes.items()},
    "pairs": [[a, b, 2 * middles[("mid", a, b)]] for a, b in g.edges()],
}))
