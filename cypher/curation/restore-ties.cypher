// Restore: creates ties of one type exactly as backed up. {{type}}: a relationship type from the vocabulary.
// $ties: [{ source, target, properties }] (the organisations are restored first).
UNWIND $ties AS tie
MATCH (a:Organisation {id: tie.source})
MATCH (b:Organisation {id: tie.target})
CREATE (a)-[r{{type}}]->(b)
SET r = tie.properties
