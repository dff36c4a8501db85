// Whole-network measures: the shape of the network, every organisation with its kind and whom its ties point to, in
// id order so that the same network gives the same run (read between two history/count-changes in the same
// transaction). No params. Returns: id, kind, targets.
MATCH (o:Organisation)
RETURN o.id AS id, o.kind AS kind, [(o)-->(other:Organisation) | other.id] AS targets
ORDER BY o.id
