// One source document with its text. $id: source id.
// Returns: source { all stored properties, citations: ids of the ties that cite it }.
MATCH (s:Source {id: $id})
RETURN s { .*, citations: COLLECT { MATCH ()-[r]->() WHERE s.id IN r.evidenceSources RETURN r.id ORDER BY r.id } } AS source
