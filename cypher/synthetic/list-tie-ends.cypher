// Benchmarks: every tie's ends and dates, to hold the network in memory (bench/in-memory-network.ts).
// No params. Returns: source, target (organisation ids), since, until.
MATCH (a:Organisation)-[r]->(b:Organisation)
RETURN a.id AS source, b.id AS target, r.since AS since, r.until AS until
