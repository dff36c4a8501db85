// One breadth-first step of a neighbourhood. {{types}}: `:A|B` or empty (any tie type).
// $frontier: ids reached last step; $seen: ids already in the view; $kinds: list or null; $limit: integer.
// Returns: id of each newly reached organisation, best connected first.
MATCH (o:Organisation) WHERE o.id IN $frontier
MATCH (o)-[{{types}}]-(n:Organisation)
WHERE NOT n.id IN $seen AND ($kinds IS NULL OR n.kind IN $kinds)
WITH DISTINCT n
RETURN n.id AS id
ORDER BY COUNT { (n)--() } DESC, id
LIMIT $limit
