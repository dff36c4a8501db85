// Deletes a source document (the caller has checked that no tie cites it). $id: source id.
MATCH (s:Source {id: $id})
DETACH DELETE s
