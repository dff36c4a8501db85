// Returns: type, count — one row per tie type present (ties only join organisations).
MATCH (:Organisation)-[r]->(:Organisation)
RETURN type(r) AS type, count(*) AS count
ORDER BY type
