// The review queue: proposals by status and source, in document order. $status, $sourceId: string or null;
// $limit: integer. Returns: proposal (all its properties).
MATCH (p:Proposal)
WHERE ($status IS NULL OR p.status = $status) AND ($sourceId IS NULL OR p.sourceId = $sourceId)
RETURN p { .* } AS proposal
ORDER BY p.sourceId, p.start, p.kind, p.id
LIMIT $limit
