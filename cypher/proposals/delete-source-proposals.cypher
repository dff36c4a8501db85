// A deleted source takes its open proposals with it (decided ones stay, as the memory of what was rejected).
// $sourceId: source id.
MATCH (p:Proposal {sourceId: $sourceId, status: 'open'})
DELETE p
