// History lookups by organisation: the organisation a change is about (a tie's source).
CREATE INDEX change_organisation IF NOT EXISTS FOR (c:Change) ON (c.organisationId)
