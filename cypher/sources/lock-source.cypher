// Write-locks a source document until the transaction ends, so an edit or a delete cannot interleave with another
// writer. $id: source id. Returns: id (no row when there is no such source).
MATCH (s:Source {id: $id})
SET s._lock = true REMOVE s._lock
RETURN s.id AS id
