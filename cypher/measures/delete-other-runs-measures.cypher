// Whole-network measures: deletes the rows of every run but the current one (earlier runs, and one that died half
// written), in batches (auto-commit only: CALL IN TRANSACTIONS). $run: the current run's id.
MATCH (m:OrganisationMeasures) WHERE m.run <> $run
CALL { WITH m DELETE m } IN TRANSACTIONS OF 10000 ROWS
