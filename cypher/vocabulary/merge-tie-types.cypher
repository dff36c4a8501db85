// Creates or changes tie types of one network (seed, the vocabulary API, an import's vocabulary section); new types go
// after the network's others, in the given order. $network: id; $tieTypes: [{ id, label, inverseLabel, pastLabel,
// symmetric, colour, dash, description }]. Returns nothing.
OPTIONAL MATCH (existing:TieType {network: $network})
WITH count(existing) AS start
UNWIND range(0, size($tieTypes) - 1) AS index
WITH start, index, $tieTypes[index] AS type
MERGE (t:TieType {network: $network, id: type.id})
ON CREATE SET t.position = start + index
SET t += type
