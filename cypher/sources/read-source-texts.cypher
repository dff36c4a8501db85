// The stored texts of the given sources (web pages without text are left out), for quote verification.
// $ids: source ids. Returns: id, text.
UNWIND $ids AS id
MATCH (s:Source {id: id})
WHERE s.text IS NOT NULL
RETURN s.id AS id, s.text AS text
