// Bulk load of synthetic ties of one type (seed/synthetic/bulk-loader.ts): idempotent by tie id.
// {{type}}: one relationship type, e.g. :COMMISSIONS (checked against the vocabulary; a type cannot be a parameter).
// $ties: [{ id, source, target, since, until, description, evidenceSources, evidenceQuotes }]
UNWIND $ties AS tie
MATCH (a:Organisation {id: tie.source})
MATCH (b:Organisation {id: tie.target})
MERGE (a)-[r{{type}} {id: tie.id}]->(b)
SET r.since = tie.since, r.until = tie.until, r.description = tie.description,
    r.evidenceSources = tie.evidenceSources, r.evidenceQuotes = tie.evidenceQuotes, r.synthetic = true
