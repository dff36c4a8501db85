// The source ids a new slug could collide with (every id starting with $base). Returns: ids (one row).
OPTIONAL MATCH (s:Source) WHERE s.id STARTS WITH $base
RETURN collect(s.id) AS ids
