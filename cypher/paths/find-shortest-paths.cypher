// Shortest paths, ties followed in either direction. {{selector}}: `SHORTEST 1` or `ALL SHORTEST`;
// {{types}}: `:A|B` or empty; {{maxHops}}: 1–8. $from, $to: ids; $avoid: ids no path may pass through.
// Returns: nodes, links (in path order).
MATCH (a:Organisation {id: $from}), (b:Organisation {id: $to})
MATCH p = {{selector}} (a)(()-[{{types}}]-(x:Organisation WHERE NOT x.id IN $avoid)){1,{{maxHops}}}(b)
RETURN [n IN nodes(p) | n { .id, .name, .shortName, .aliases, .kind, .sector, .city, .country, .description, .url,
                             degree: COUNT { (n)--() } }] AS nodes,
       [r IN relationships(p) | r { .id, .since, .until, .description, .evidenceSources, .evidenceQuotes,
                                     type: type(r), source: startNode(r).id, target: endNode(r).id }] AS links
ORDER BY length(p)
