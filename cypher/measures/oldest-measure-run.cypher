// Whole-network measures: the history's size when the oldest current run read the database (null when no network
// has a run), and the size now: the runs are due once the history has grown past it. No params.
// Returns: changeCount, changes.
CALL { MATCH (change:Change) RETURN count(change) AS changes }
OPTIONAL MATCH (run:MeasureRun)
RETURN min(run.changeCount) AS changeCount, changes
