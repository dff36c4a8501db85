// A proposal's key (what it proposes, from which sentence) is looked up on every ingest, so a rejected one is not
// proposed again.
CREATE INDEX proposal_key IF NOT EXISTS FOR (p:Proposal) ON (p.key)
