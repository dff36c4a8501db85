// {{type}}: the tie's relationship type (from the vocabulary). $id, $source, $target: the tie and its ends.
MATCH (a:Organisation {id: $source})-[r{{type}} {id: $id}]->(b:Organisation {id: $target})
DELETE r
