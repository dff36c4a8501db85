// Deletes a kind of a network (the caller checked that no organisation has it). $network, $id. Returns: deleted (0 or 1).
OPTIONAL MATCH (k:Kind {network: $network, id: $id})
WITH k, count(k) AS deleted
DETACH DELETE k
RETURN deleted
