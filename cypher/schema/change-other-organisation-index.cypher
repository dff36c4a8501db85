// History lookups by organisation: a tie's target.
CREATE INDEX change_other_organisation IF NOT EXISTS FOR (c:Change) ON (c.otherOrganisationId)
