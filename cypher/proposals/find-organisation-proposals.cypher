// The organisation proposals behind proposed ends of ties (`new:<slug>` keys). $orgKeys: strings.
// Returns: proposal (all its properties).
UNWIND $orgKeys AS orgKey
MATCH (p:Proposal {kind: 'organisation', orgKey: orgKey})
RETURN p { .* } AS proposal
