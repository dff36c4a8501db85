// Ties whose evidence cites one of these sources. $ids: source ids. Returns: id of each such tie (at most 10).
MATCH ()-[r]->()
WHERE any(source IN r.evidenceSources WHERE source IN $ids)
RETURN r.id AS id
LIMIT 10
