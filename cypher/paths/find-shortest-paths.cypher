// Shortest paths, ties followed in either direction. {{selector}}: `shortestPath` or `allShortestPaths`;
// {{types}}: `:A|B` or empty; {{maxHops}}: 1–8. $from, $to: ids; $avoid: ids no path may pass through.
// Returns: nodes, links (in path order).
// The classic functions, not `SHORTEST 1`/`ALL SHORTEST`: on 5.26 their bidirectional BFS expands the smaller side
// first and checks the avoid predicate while expanding; StatefulShortestPath took seconds around supernodes (bench/REPORT.md).
MATCH (a:Organisation {id: $from}), (b:Organisation {id: $to})
MATCH p = {{selector}}((a)-[{{types}}*1..{{maxHops}}]-(b))
WHERE none(n IN nodes(p) WHERE n.id IN $avoid)
RETURN [n IN nodes(p) | n { .id, .name, .shortName, .aliases, .kind, .sector, .city, .country, .description, .url,
                             degree: COUNT { (n)--() } }] AS nodes,
       [r IN relationships(p) | r { .id, .since, .until, .description, .evidenceSources, .evidenceQuotes,
                                     type: type(r), source: startNode(r).id, target: endNode(r).id }] AS links
ORDER BY length(p)
