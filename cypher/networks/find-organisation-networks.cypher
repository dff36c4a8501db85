// The network of each existing organisation, for the rule that a tie only joins organisations of one network.
// $ids: organisation ids. Returns: id, network (one row per existing id).
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
RETURN o.id AS id, o.network AS network
