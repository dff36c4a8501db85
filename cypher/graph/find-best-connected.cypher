// The whole network, or its best-connected part. {{types}}: `:A|B` or empty; with types, only organisations
// that have such a tie. $network: network id; $kinds: list or null; $attributes: list (see fragments/attribute-filter); $limit: integer; $inForceFrom, $inForceTo: ISO days or null (see fragments/in-force).
// Returns: id, best connected first (counting ties in force).
MATCH (o:Organisation)
WHERE {{> in-network o}} AND ($kinds IS NULL OR o.kind IN $kinds) AND {{> attribute-filter o}} AND {{> in-force o}}
WITH o, COUNT { (o)-[r{{types}}]-(:Organisation) WHERE {{> in-force r}} } AS ties
WHERE ties > 0 OR $anyType
RETURN o.id AS id
ORDER BY ties DESC, id
LIMIT $limit
