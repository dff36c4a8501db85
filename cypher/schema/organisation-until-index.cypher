// Reads as of a day find the organisations dissolved before it (fragments/out-of-force-organisations).
CREATE RANGE INDEX organisation_until IF NOT EXISTS FOR (o:Organisation) ON (o.until)
