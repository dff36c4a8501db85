// The source document that already holds this exact text, if any. $checksum: sha256 hex. Returns: id, title.
MATCH (s:Source {checksum: $checksum})
RETURN s.id AS id, s.title AS title
LIMIT 1
