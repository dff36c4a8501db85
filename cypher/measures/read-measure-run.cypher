// Whole-network measures: the current run (null before the first) and the size of the history now, which says
// whether the network changed since the run read it. No params. Returns: run (its properties), changes.
CALL { MATCH (change:Change) RETURN count(change) AS changes }
OPTIONAL MATCH (run:MeasureRun)
RETURN properties(run) AS run, changes
LIMIT 1
