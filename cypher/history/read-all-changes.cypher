// Backup: the whole history, oldest first. No params. Returns: properties.
MATCH (c:Change)
RETURN properties(c) AS properties
ORDER BY c.at, c.seq, c.id
