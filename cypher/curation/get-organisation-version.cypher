// $id: organisation id. Returns: version (organisations written before versions existed count as 1).
MATCH (o:Organisation {id: $id})
RETURN coalesce(o.version, 1) AS version
