// The ties with these ids, as stored. With $lock, write-locks each one first (until the transaction ends).
// Tie ids are not indexed (relationship indexes are per type), so this scans the ties once for all ids.
// $ids: tie ids; $lock: boolean. Returns: tie (fragments/tie).
MATCH (a:Organisation)-[r]->(b:Organisation)
WHERE r.id IN $ids
FOREACH (_ IN CASE WHEN $lock THEN [1] ELSE [] END | SET r._lock = true REMOVE r._lock)
RETURN {{> tie r}} AS tie
