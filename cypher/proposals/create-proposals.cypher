// Stores proposals for review. $proposals: [{ id, key, kind, status, sourceId, sentence, start, end, confidence,
// createdAt, name?, suggestedKind?, aliases?, orgKey?, from?, to?, type?, cue? }].
UNWIND $proposals AS proposal
CREATE (p:Proposal)
SET p = proposal
