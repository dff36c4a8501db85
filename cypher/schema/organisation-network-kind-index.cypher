// Listing and counting one network's organisations of some kinds.
CREATE INDEX organisation_network_kind IF NOT EXISTS FOR (o:Organisation) ON (o.network, o.kind)
