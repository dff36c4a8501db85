// $network: network id. Returns: kind, count — one row per kind present.
MATCH (o:Organisation) WHERE {{> in-network o}}
RETURN o.kind AS kind, count(*) AS count
ORDER BY kind
