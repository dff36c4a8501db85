// Filtering and counting by kind.
CREATE INDEX organisation_kind IF NOT EXISTS FOR (o:Organisation) ON (o.kind)
