// The ties whose two ends are both in $ids. {{types}}: `:A|B` or empty. $hubDegree: integer. Returns: tie.
// Each tie is found from an end with at most $hubDegree ties: a regulator in the set has tens of thousands, of which
// only a handful lead to the others (expanding it read 60,000 ties to find 6). Ties between two hubs are looked up
// pair by pair, both ends bound. UNION drops the second sighting of a tie found from both of its ends.
MATCH (n:Organisation) WHERE n.id IN $ids
WITH n, COUNT { (n)--() } > $hubDegree AS hub
WITH collect(CASE WHEN hub THEN n END) AS hubs, collect(CASE WHEN NOT hub THEN n END) AS others
CALL {
  WITH others
  UNWIND others AS a
  MATCH (a)-[r{{types}}]-(b:Organisation)
  WHERE b.id IN $ids
  RETURN r
  UNION
  WITH hubs
  UNWIND hubs AS a
  UNWIND hubs AS b
  MATCH (a)-[r{{types}}]->(b)
  RETURN r
}
RETURN r { .id, .since, .until, .description, .evidenceSources, .evidenceQuotes,
           type: type(r), source: startNode(r).id, target: endNode(r).id } AS tie
ORDER BY tie.id
