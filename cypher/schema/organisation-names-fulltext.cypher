// Search by name, short name/acronym and aliases (aliasesText holds the aliases list joined by " | ").
CREATE FULLTEXT INDEX organisation_names IF NOT EXISTS
FOR (o:Organisation) ON EACH [o.name, o.shortName, o.aliasesText]
