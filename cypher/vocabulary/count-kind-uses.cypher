// How many organisations of a network have a kind (a kind in use cannot be deleted). $network, $id. Returns: uses.
MATCH (o:Organisation) WHERE {{> in-network o}} AND o.kind = $id
RETURN count(o) AS uses
