// The network predicate of every entry point (fragments/in-network) and the whole-network reads.
CREATE INDEX organisation_network IF NOT EXISTS FOR (o:Organisation) ON (o.network)
