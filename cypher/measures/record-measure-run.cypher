// Whole-network measures: makes a run its network's current one (its rows are all written) and forgets the run that
// network had before. $run: { run, network, computedAt, changeCount, sampleSize, durationMs, organisations, ties,
// modularity, communityCount, componentCount }. Returns nothing.
CREATE (current:MeasureRun)
SET current = $run
WITH current
MATCH (previous:MeasureRun {network: current.network}) WHERE previous.run <> current.run
DELETE previous
