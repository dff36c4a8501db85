// Whole-network measures: the current run's organisations ranked by one measure (highest first, those without a
// value last), with their names. $network: network id; $sort: a measure name (allowlisted by the route schema);
// $top: how many.
// Returns: measures (the stored row's properties), name, kind.
MATCH (run:MeasureRun {network: $network})
MATCH (m:OrganisationMeasures {run: run.run})
WITH m ORDER BY m[$sort] IS NULL, m[$sort] DESC, m.organisationId LIMIT $top
MATCH (o:Organisation {id: m.organisationId})
RETURN properties(m) AS measures, o.name AS name, o.kind AS kind
