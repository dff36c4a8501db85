// The whole network, or its best-connected part. {{types}}: `:A|B` or empty; with types, only organisations
// that have such a tie. $network: network id; $kinds: list or null; $attributes: list (see fragments/attribute-filter); $limit: integer; $inForceFrom, $inForceTo: ISO days or null (see fragments/in-force).
// Returns: id, best connected first (counting ties in force).
MATCH (o:Organisation)
WHERE {{> in-network o}} AND ($kinds IS NULL OR o.kind IN $kinds) AND {{> attribute-filter o}} AND {{> in-force o}}
// Without a window every tie counts: the degree is read from the store instead of walking each tie (9× faster on
// the national network; ties only ever join organisations).
WITH o, CASE WHEN $inForceFrom IS NULL AND $inForceTo IS NULL THEN COUNT { (o)-[{{types}}]-() }
             ELSE COUNT { (o)-[r{{types}}]-(:Organisation) WHERE {{> in-force r}} } END AS ties
WHERE ties > 0 OR $anyType
RETURN o.id AS id
ORDER BY ties DESC, id
LIMIT $limit
