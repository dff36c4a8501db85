// Returns: kind, count — one row per kind present.
MATCH (o:Organisation)
RETURN o.kind AS kind, count(*) AS count
ORDER BY kind
