// Backup: every network and every kind and tie type of each, with all their properties. No params.
// Returns: label ('Network', 'Kind' or 'TieType'), properties.
MATCH (n) WHERE n:Network OR n:Kind OR n:TieType
RETURN CASE WHEN n:Network THEN 'Network' WHEN n:Kind THEN 'Kind' ELSE 'TieType' END AS label, properties(n) AS properties
ORDER BY label, n.network, n.id
