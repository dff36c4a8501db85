// Whole-network measures: deletes the rows of every run that is not a network's current one (earlier runs, and one
// that died half written), in batches (auto-commit only: CALL IN TRANSACTIONS). Runs are written one at a time, so
// no rows are being written when this runs. No params.
MATCH (m:OrganisationMeasures) WHERE NOT EXISTS { MATCH (:MeasureRun {run: m.run}) }
CALL { WITH m DELETE m } IN TRANSACTIONS OF 10000 ROWS
