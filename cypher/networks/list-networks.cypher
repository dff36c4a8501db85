// Every network with its size. No params. Returns: network { id, label, organisations, ties }, by id.
MATCH (n:Network)
CALL (n) {
  MATCH (o:Organisation) WHERE o.network = n.id
  RETURN count(o) AS organisations, sum(COUNT { (o)-->() }) AS ties
}
RETURN n { .id, .label, organisations: organisations, ties: coalesce(ties, 0) } AS network
ORDER BY n.id
