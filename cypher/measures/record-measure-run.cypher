// Whole-network measures: makes a run the current one (its rows are all written) and forgets the run before it.
// $run: { run, computedAt, changeCount, sampleSize, durationMs, organisations, ties, modularity, communityCount,
// componentCount }. Returns nothing.
CREATE (current:MeasureRun)
SET current = $run
WITH current
MATCH (previous:MeasureRun) WHERE previous.run <> current.run
DELETE previous
