// Every tie from each pair's source to its target, of any type: duplicates before a tie is created, and the fast
// way to a tie whose id names its ends. With $lock, write-locks each tie found (until the transaction ends).
// $pairs: [{ source, target }]; $lock: boolean.
// Returns: tie (fragments/tie).
UNWIND $pairs AS pair
MATCH (a:Organisation {id: pair.source})-[r]->(b:Organisation {id: pair.target})
FOREACH (_ IN CASE WHEN $lock THEN [1] ELSE [] END | SET r._lock = true REMOVE r._lock)
RETURN {{> tie r}} AS tie
