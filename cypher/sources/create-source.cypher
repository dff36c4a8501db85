// Creates a source document with every property given (the id constraint refuses a taken id).
// $source: { id, title, publisher, publisherId, url, date, retrieved, text, checksum }.
CREATE (s:Source)
SET s = $source
