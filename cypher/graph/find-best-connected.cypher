// The whole network, or its best-connected part. {{types}}: `:A|B` or empty; with types, only organisations
// that have such a tie. $kinds: list or null; $limit: integer. Returns: id, best connected first.
MATCH (o:Organisation)
WHERE ($kinds IS NULL OR o.kind IN $kinds)
WITH o, COUNT { (o)-[{{types}}]-(:Organisation) } AS ties
WHERE ties > 0 OR $anyType
RETURN o.id AS id
ORDER BY ties DESC, id
LIMIT $limit
