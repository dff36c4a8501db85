// $network: network id. Returns: type, count — one row per tie type present (ties only join organisations, of one network).
MATCH (o:Organisation)-[r]->(:Organisation) WHERE {{> in-network o}}
RETURN type(r) AS type, count(*) AS count
ORDER BY type
