// $sources: [{ id, title, publisher, url, date }]
UNWIND $sources AS source
MERGE (s:Source {id: source.id})
SET s.title = source.title, s.publisher = source.publisher, s.url = source.url, s.date = source.date
