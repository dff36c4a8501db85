// Backup: every source document with all its properties. No params. Returns: properties.
MATCH (s:Source)
RETURN properties(s) AS properties
ORDER BY s.id
