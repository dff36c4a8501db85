// Whole-network measures: an empty network has none, so the current run (if any) goes. Its rows go with
// measures/delete-other-runs-measures. No params. Returns nothing.
MATCH (run:MeasureRun)
DELETE run
