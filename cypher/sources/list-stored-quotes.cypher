// Every evidence quote that cites a source with stored text, for the quote check (start-up, npm run check:quotes).
// No params. Returns: tie (id), position (index in its evidence), source (id), quote.
MATCH ()-[r]->()
WHERE r.evidenceSources IS NOT NULL
UNWIND range(0, size(r.evidenceSources) - 1) AS position
WITH r, position, r.evidenceSources[position] AS sourceId
MATCH (s:Source {id: sourceId})
WHERE s.text IS NOT NULL
RETURN r.id AS tie, position, sourceId AS source, r.evidenceQuotes[position] AS quote
ORDER BY tie, position
