// Deletes a tie type of a network (the caller checked that no tie has it). $network, $id. Returns: deleted (0 or 1).
OPTIONAL MATCH (t:TieType {network: $network, id: $id})
WITH t, count(t) AS deleted
DETACH DELETE t
RETURN deleted
