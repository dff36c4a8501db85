// Benchmarks: every organisation's id and name, in a stable order, to draw a seeded sample of ids, pairs and search words.
// No params. Returns: id, name.
MATCH (o:Organisation)
RETURN o.id AS id, o.name AS name
ORDER BY id
