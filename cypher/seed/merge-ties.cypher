// {{type}}: one relationship type from the vocabulary, e.g. :COMMISSIONS (a type cannot be a parameter).
// $ties: [{ id, source, target, since, until, description, evidenceSources, evidenceQuotes, attributes? }];
// attributes: { attr_<name>: value } replaces the tie's extra attributes (none when absent, as in the seed).
UNWIND $ties AS tie
MATCH (a:Organisation {id: tie.source})
MATCH (b:Organisation {id: tie.target})
MERGE (a)-[r{{type}} {id: tie.id}]->(b)
FOREACH (key IN [key IN keys(r) WHERE key STARTS WITH 'attr_'] | REMOVE r[key])
SET r.since = tie.since, r.until = tie.until, r.description = tie.description,
    r.evidenceSources = tie.evidenceSources, r.evidenceQuotes = tie.evidenceQuotes
SET r += coalesce(tie.attributes, {})
