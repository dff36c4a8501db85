// Returns: source { id, title, publisher, url, date, hasText } for every source document (evidence refers to them by
// id); hasText says whether quotes of it are verified passages of a stored text or notes about a page.
MATCH (s:Source)
RETURN s { .id, .title, .publisher, .url, .date, hasText: s.text IS NOT NULL } AS source
ORDER BY s.id
