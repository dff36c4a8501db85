// The seed's source documents with their text: MERGE by id, every field set (running it twice changes nothing).
// $sources: [{ id, title, publisher, publisherId, url, date, retrieved, text, checksum }]
UNWIND $sources AS source
MERGE (s:Source {id: source.id})
SET s.title = source.title, s.publisher = source.publisher, s.publisherId = source.publisherId, s.url = source.url,
    s.date = source.date, s.retrieved = source.retrieved, s.text = source.text, s.checksum = source.checksum
