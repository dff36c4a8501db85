// The k shortest simple paths (no organisation visited twice), by increasing length. {{k}}: 1–10;
// {{types}}: `:A|B` or empty; {{maxHops}}: 1–8. $from, $to: ids; $avoid: ids no path may pass through;
// $maxHubDegree: integer, no path passes *through* an organisation with more ties than this (a regulator tied to
// 60,000 providers makes the search explode — seconds to time-outs at national scale — and explains nothing).
// Returns: nodes, links (in path order).
MATCH (a:Organisation {id: $from}), (b:Organisation {id: $to})
MATCH p = SHORTEST {{k}} ((a)(()-[{{types}}]-(x:Organisation WHERE NOT x.id IN $avoid AND (x = b OR COUNT { (x)--() } <= $maxHubDegree))){1,{{maxHops}}}(b)
          WHERE NOT a IN x AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..]))
RETURN [n IN nodes(p) | n { .id, .name, .shortName, .aliases, .kind, .sector, .city, .country, .description, .url,
                             degree: COUNT { (n)--() } }] AS nodes,
       [r IN relationships(p) | r { .id, .since, .until, .description, .evidenceSources, .evidenceQuotes,
                                     type: type(r), source: startNode(r).id, target: endNode(r).id }] AS links
ORDER BY length(p)
