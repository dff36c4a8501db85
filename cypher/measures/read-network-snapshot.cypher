// Whole-network measures: the shape of every network, each organisation with its network, kind and whom its ties
// point to (a tie never leaves its network), in id order so that the same network gives the same run (read between
// two history/count-changes in the same transaction). No params. Returns: network, id, kind, targets.
MATCH (o:Organisation)
RETURN o.network AS network, o.id AS id, o.kind AS kind, [(o)-->(other:Organisation) | other.id] AS targets
ORDER BY o.id
