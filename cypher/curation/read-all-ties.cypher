// Backup: every tie with its type, ends and all its properties. No params. Returns: type, source, target, properties.
MATCH (a:Organisation)-[r]->(b:Organisation)
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS properties
ORDER BY r.id, type, source, target
