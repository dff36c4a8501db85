// Replaces a source document's descriptive fields (its text and checksum never change).
// $source: { id, title, publisher, publisherId, url, date, retrieved }.
MATCH (s:Source {id: $source.id})
SET s.title = $source.title, s.publisher = $source.publisher, s.publisherId = $source.publisherId,
    s.url = $source.url, s.date = $source.date, s.retrieved = $source.retrieved
