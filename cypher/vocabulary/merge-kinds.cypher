// Creates or changes kinds of one network (seed, the vocabulary API, an import's vocabulary section); new kinds go
// after the network's others, in the given order. $network: id; $kinds: [{ id, label, plural, colour, description }].
// Returns nothing.
OPTIONAL MATCH (existing:Kind {network: $network})
WITH count(existing) AS start
UNWIND range(0, size($kinds) - 1) AS index
WITH start, index, $kinds[index] AS kind
MERGE (k:Kind {network: $network, id: kind.id})
ON CREATE SET k.position = start + index
SET k += kind
