// Finding the document an upload duplicates (same text, same checksum).
CREATE INDEX source_checksum IF NOT EXISTS FOR (s:Source) ON (s.checksum)
