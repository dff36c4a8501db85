// Backup: every organisation with all its properties. No params. Returns: properties.
MATCH (o:Organisation)
RETURN properties(o) AS properties
ORDER BY o.id
