// The ties whose two ends are both in $ids. {{types}}: `:A|B` or empty. $hubDegree: integer; $inForceFrom, $inForceTo: ISO days or null (see fragments/in-force).
// Returns: tie.
// A hub (more than $hubDegree ties: a regulator has tens of thousands, of which only a handful lead to the others) is
// never expanded. Each tie is read exactly once: from its source when that is not a hub; else from its target, among
// the target's incoming ties from hubs; else (hub to hub) pair by pair with both ends bound.
MATCH (n:Organisation) WHERE n.id IN $ids
WITH n, COUNT { (n)--() } > $hubDegree AS hub
WITH collect(CASE WHEN hub THEN n END) AS hubs, collect(CASE WHEN NOT hub THEN n END) AS others
CALL {
  WITH others
  UNWIND others AS a
  MATCH (a)-[r{{types}}]->(b:Organisation)
  WHERE b.id IN $ids AND {{> in-force r}}
  RETURN r
  UNION ALL
  WITH hubs, others
  UNWIND CASE WHEN size(hubs) = 0 THEN [] ELSE others END AS b
  MATCH (b)<-[r{{types}}]-(a)
  WHERE a IN hubs AND {{> in-force r}}
  RETURN r
  UNION ALL
  WITH hubs
  UNWIND hubs AS a
  UNWIND hubs AS b
  MATCH (a)-[r{{types}}]->(b)
  WHERE {{> in-force r}}
  RETURN r
}
RETURN {{> tie r}} AS tie
ORDER BY tie.id
