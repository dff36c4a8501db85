// Whole-network measures: stores one batch of a run's per-organisation measures (invisible until the run is recorded).
// $run: the run's id; $rows: [{ organisationId, ties, partners, betweenness, pagerank, closeness, community, component,
// constraint, effectiveSize }]. Returns nothing.
UNWIND $rows AS row
CREATE (m:OrganisationMeasures)
SET m = row, m.run = $run
