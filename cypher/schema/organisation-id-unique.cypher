// Every organisation has a unique slug id; the constraint's index also makes MERGE and lookups by id fast.
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (o:Organisation) REQUIRE o.id IS UNIQUE
