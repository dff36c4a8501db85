// How many changes the history holds and how many organisations there are, from Neo4j's count store. The history
// only grows (every write records its changes, deletions included), so equal counts before and after a read, and
// equal to what the read saw, mean that no write committed in between and none was half visible to it.
// Returns: changes, organisations.
MATCH (change:Change)
WITH count(change) AS changes
MATCH (organisation:Organisation)
RETURN changes, count(organisation) AS organisations
