// Whole-network measures: a network's current run (null before the first) and the size of the history now, which
// says whether the database changed since the run read it. $network: network id. Returns: run (its properties), changes.
CALL { MATCH (change:Change) RETURN count(change) AS changes }
OPTIONAL MATCH (run:MeasureRun {network: $network})
RETURN properties(run) AS run, changes
LIMIT 1
