// GET /api/sources: every source document's record without its text. No params.
// Returns: source { id, title, publisher, publisherId, url, date, retrieved, checksum, length, citations }.
MATCH (s:Source)
RETURN s { .id, .title, .publisher, .publisherId, .url, .date, .retrieved, .checksum, length: size(s.text),
           citations: COUNT { ()-[r]->() WHERE s.id IN r.evidenceSources } } AS source
ORDER BY s.id
