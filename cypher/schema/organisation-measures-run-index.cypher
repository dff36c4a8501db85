// Whole-network measures: the rows of one run are read together (and the previous run's deleted) by run.
CREATE INDEX organisation_measures_run IF NOT EXISTS FOR (m:OrganisationMeasures) ON (m.run)
