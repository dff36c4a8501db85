// Whole-network measures: the runs of networks that have no organisations now (an empty network has no measures).
// Their rows go with measures/delete-other-runs-measures. $networks: ids of the networks that have organisations.
// Returns nothing.
MATCH (run:MeasureRun) WHERE NOT run.network IN $networks
DELETE run
