// One breadth-first step of a neighbourhood. {{types}}: `:A|B` or empty (any tie type).
// $frontier: ids reached last step; $seen: ids already in the view; $kinds: list or null; $attributes: list (see
// fragments/attribute-filter); $limit: integer;
// $inForceFrom, $inForceTo: ISO days or null (see fragments/in-force): only ties and organisations in force then.
// Returns: id of each newly reached organisation, best connected first.
// `seen` is compared as nodes, not ids, and the neighbour's label is not re-checked (ties only join organisations):
// each costs a store read per neighbour, and a supernode in the frontier has tens of thousands of them.
MATCH (s:Organisation) WHERE s.id IN $seen
WITH collect(s) AS seen
MATCH (o:Organisation) WHERE o.id IN $frontier
MATCH (o)-[r{{types}}]-(n)
WHERE NOT n IN seen AND ($kinds IS NULL OR n.kind IN $kinds) AND {{> attribute-filter n}} AND {{> in-force r}} AND {{> in-force n}}
WITH DISTINCT n
RETURN n.id AS id
ORDER BY COUNT { (n)--() } DESC, id
LIMIT $limit
