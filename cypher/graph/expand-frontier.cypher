// One breadth-first step of a neighbourhood. {{types}}: `:A|B` or empty (any tie type).
// $frontier: ids reached last step; $seen: ids already in the view; $kinds: list or null; $attributes: list (see
// fragments/attribute-filter); $limit: integer; $hubDegree: integer or null — an organisation of the frontier with more
// ties than this is not expanded (null: every one is; the centre always is);
// $inForceFrom, $inForceTo: ISO days or null (see fragments/in-force): only ties and organisations in force then.
// Returns: id of each newly reached organisation, best connected first.
// `seen` and the organisations out of force are compared as nodes, not ids or dates, and the neighbour's label is not
// re-checked (ties only join organisations): each costs store reads per neighbour, and a supernode in the frontier
// has tens of thousands of them.
MATCH (s:Organisation) WHERE s.id IN $seen
WITH collect(s) + {{> out-of-force-organisations x}} AS excluded
MATCH (o:Organisation) WHERE o.id IN $frontier AND ($hubDegree IS NULL OR COUNT { (o)--() } <= $hubDegree)
MATCH (o)-[r{{types}}]-(n)
WHERE NOT n IN excluded AND ($kinds IS NULL OR n.kind IN $kinds) AND {{> attribute-filter n}} AND {{> in-force r}}
WITH DISTINCT n
RETURN n.id AS id
ORDER BY COUNT { (n)--() } DESC, id
LIMIT $limit
