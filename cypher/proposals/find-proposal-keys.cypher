// The keys of these that some proposal (open, accepted, rejected or merged) already has. $keys: strings.
// Returns: keys (one row).
UNWIND $keys AS key
OPTIONAL MATCH (p:Proposal {key: key})
RETURN collect(DISTINCT p.key) AS keys
