// Benchmarks: every organisation's id, name and dates, in a stable order, to draw a seeded sample of ids, pairs and
// search words and to hold the network in memory (bench/in-memory-network.ts).
// No params. Returns: id, name, since, until.
MATCH (o:Organisation)
RETURN o.id AS id, o.name AS name, o.since AS since, o.until AS until
ORDER BY id
