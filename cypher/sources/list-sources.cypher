// Returns: source { id, title, publisher, url, date } for every source document (evidence refers to them by id).
MATCH (s:Source)
RETURN s { .id, .title, .publisher, .url, .date } AS source
ORDER BY s.id
