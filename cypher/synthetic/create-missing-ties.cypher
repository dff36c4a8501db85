// Bulk load of synthetic ties of one type (seed/synthetic/bulk-loader.ts): creates each tie unless a tie of that type
// and id already joins the two organisations, so a rerun resumes a cut load. Not MERGE on purpose: MERGE locks both
// endpoints exclusively per row until commit, which serialises concurrent batches on hubs (an ICB, the care regulator);
// one loader at a time writes a network, and no two of its batches share a tie id, so the check cannot race.
// {{type}}: one relationship type, e.g. :COMMISSIONS (checked against the vocabulary; a type cannot be a parameter).
// $ties: [{ id, source, target, since, until, description, evidenceSources, evidenceQuotes }]
UNWIND $ties AS tie
MATCH (a:Organisation {id: tie.source})
MATCH (b:Organisation {id: tie.target})
WHERE NOT EXISTS { (a)-[existing{{type}}]->(b) WHERE existing.id = tie.id }
CREATE (a)-[r{{type}} {id: tie.id, since: tie.since, until: tie.until, description: tie.description,
                       evidenceSources: tie.evidenceSources, evidenceQuotes: tie.evidenceQuotes}]->(b)
