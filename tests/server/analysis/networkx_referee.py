# Outside referee for network-measures.ts: reads {nodes, edges} JSON on stdin, prints networkx's measures as JSON.
import json, sys
import networkx as nx
# networkx's pure-Python PageRank: same algorithm as nx.pagerank without needing numpy/scipy in the test machine.
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

data = json.load(sys.stdin)
g = nx.Graph()
g.add_nodes_from(data["nodes"])
g.add_edges_from(data["edges"])
communities = nx.community.louvain_communities(g, seed=1)
print(json.dumps({
    "betweenness": nx.betweenness_centrality(g, normalized=True),
    "pagerank": _pagerank_python(g, alpha=0.85, tol=1e-12, max_iter=1000),
    "closeness": nx.harmonic_centrality(g),
    "constraint": {k: (None if v != v else v) for k, v in nx.constraint(g).items()},
    "effectiveSize": {k: (None if v != v else v) for k, v in nx.effective_size(g).items()},
    "modularity": nx.community.modularity(g, communities),
}))
