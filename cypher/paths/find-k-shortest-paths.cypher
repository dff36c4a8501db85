// The k shortest simple paths (no organisation visited twice), by increasing length. {{k}}: 1–10;
// {{types}}: `:A|B` or empty; {{maxHops}}: 1–8. $from, $to: ids (of network $network: ties never leave it); $avoid: ids no path may pass through;
// $maxHubDegree: integer, no path passes *through* an organisation with more ties than this (a regulator tied to
// 60,000 providers makes the search explode — seconds to time-outs at national scale — and explains nothing);
// $inForceFrom, $inForceTo: ISO days or null (see fragments/in-force): only ties and organisations in force then
// (organisations checked by identity, as in find-shortest-paths).
// Returns: fromFound, toFound (whether the ids exist: one transaction, no separate check), nodes, links (in path
// order; null when no path).
OPTIONAL MATCH (a:Organisation {id: $from}) WHERE {{> in-network a}}
OPTIONAL MATCH (b:Organisation {id: $to}) WHERE {{> in-network b}}
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  WITH a, b, COLLECT { MATCH (x:Organisation) WHERE x.id IN $avoid RETURN x } + {{> out-of-force-organisations o}} AS excluded
  WHERE NOT a IN excluded AND NOT b IN excluded
  MATCH p = SHORTEST {{k}} ((a)(()-[r{{types}} WHERE {{> in-force r}}]-(x:Organisation WHERE NOT x IN excluded
                                 AND (x = b OR COUNT { (x)--() } <= $maxHubDegree))){1,{{maxHops}}}(b)
            WHERE NOT a IN x AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..]))
  RETURN p
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
       [n IN nodes(p) | {{> organisation n}}] AS nodes, [r IN relationships(p) | {{> tie r}}] AS links
ORDER BY length(p)
