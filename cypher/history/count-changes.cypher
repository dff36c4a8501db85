// How many changes the history holds. It only grows (every write records its changes, deletions included), so
// equal counts before and after a read mean that no write committed in between. Returns: changes.
MATCH (change:Change)
RETURN count(change) AS changes
