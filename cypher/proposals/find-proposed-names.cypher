// The proposed names (new:<slug>) that became these organisations, by acceptance or merge, so that a tie proposed
// once between proposed names is recognised when the same sentence now names known organisations.
// $ids: organisation ids. Returns: id, orgKey.
MATCH (p:Proposal {kind: 'organisation'})
WHERE p.resultId IN $ids
RETURN p.resultId AS id, p.orgKey AS orgKey
