// Reads as of a day find the organisations founded after it or dissolved before it (fragments/out-of-force-organisations).
CREATE RANGE INDEX organisation_since IF NOT EXISTS FOR (o:Organisation) ON (o.since)
