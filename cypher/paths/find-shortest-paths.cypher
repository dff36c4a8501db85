// Shortest paths, ties followed in either direction. {{selector}}: `shortestPath` or `allShortestPaths`;
// {{types}}: `:A|B` or empty; {{maxHops}}: 1–8. $from, $to: ids (of network $network: ties never leave it); $avoid: ids no path may pass through;
// $inForceFrom, $inForceTo: ISO days or null (see fragments/in-force): only ties and organisations in force then.
// Returns: fromFound, toFound (whether the ids exist: one transaction, no separate check), nodes, links (in path
// order; null when no path).
// The classic functions, not `SHORTEST 1`/`ALL SHORTEST`: on 5.26 their bidirectional BFS expands the smaller side
// first and checks the avoid predicate while expanding; StatefulShortestPath took seconds around supernodes (bench/REPORT.md).
// Organisations are checked by identity against the few to leave out (avoided, or out of force, found by index): reading
// an organisation's properties, absent dates included, cost 4 to 5 store reads for every one the search passes.
OPTIONAL MATCH (a:Organisation {id: $from}) WHERE {{> in-network a}}
OPTIONAL MATCH (b:Organisation {id: $to}) WHERE {{> in-network b}}
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  WITH a, b, COLLECT { MATCH (x:Organisation) WHERE x.id IN $avoid RETURN x } + {{> out-of-force-organisations x}} AS excluded
  // Reading a tie's dates is most of a search's cost (an absent until walks the tie's whole property chain: six of
  // every seven db hits through the 60,000-tie national hub), and most shortest paths are in force: search without
  // the dates first. No in-force path is shorter than the shortest of all, so the in-force ones among those found are
  // in-force shortest paths, and with allShortestPaths all of them. Only when none is, search again with the dates.
  OPTIONAL MATCH q = {{selector}}((a)-[{{types}}*1..{{maxHops}}]-(b))
  WHERE none(n IN nodes(q) WHERE n IN excluded)
  WITH a, b, excluded, collect(q) AS undated
  WITH a, b, excluded, undated, [q IN undated WHERE all(r IN relationships(q) WHERE {{> in-force r}})] AS inForce
  CALL (a, b, excluded, undated, inForce) {
    UNWIND inForce AS p
    RETURN p
    UNION ALL
    WITH a, b, excluded WHERE size(inForce) = 0 AND size(undated) > 0
    MATCH p = {{selector}}((a)-[{{types}}*1..{{maxHops}}]-(b))
    WHERE none(n IN nodes(p) WHERE n IN excluded) AND all(r IN relationships(p) WHERE {{> in-force r}})
    RETURN p
  }
  RETURN p
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
       [n IN nodes(p) | {{> organisation n}}] AS nodes, [r IN relationships(p) | {{> tie r}}] AS links
ORDER BY length(p)
