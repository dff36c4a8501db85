// Write-locks the proposals a decision is about and reads them. $ids: proposal ids.
// Returns: proposal (all its properties), one row per existing id.
UNWIND $ids AS id
MATCH (p:Proposal {id: id})
SET p._lock = true REMOVE p._lock
RETURN p { .* } AS proposal
