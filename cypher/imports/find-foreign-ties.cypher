// Ties of the given organisations that are not in $tieIds: ties someone else added to organisations an import
// created, which deleting those organisations would take with them. $ids: organisation ids; $tieIds: tie ids.
// Returns: id of each such tie (at most 10).
MATCH (o:Organisation)-[r]-()
WHERE o.id IN $ids AND NOT r.id IN $tieIds
RETURN DISTINCT r.id AS id
LIMIT 10
