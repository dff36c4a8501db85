// $query: a Lucene query built from escaped user text; $network: network id; $kinds: list of kinds or null; $limit: integer.
// Returns: organisation { id, name, shortName, kind, since, until }, score — best match first (dissolved ones too).
CALL db.index.fulltext.queryNodes('organisation_names', $query) YIELD node, score
WHERE {{> in-network node}} AND ($kinds IS NULL OR node.kind IN $kinds)
RETURN node { .id, .name, .shortName, .kind, .since, .until } AS organisation, score
ORDER BY score DESC, node.name
LIMIT $limit
