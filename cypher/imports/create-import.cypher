// Records a batched import before its first batch is written, so a crash at any point leaves it visible.
// $import: { id, state, batchesDone, batchesTotal, rows, rowsTotal, batchRows, startedAt, updatedAt, format,
// checksum, actor, network, error }.
CREATE (i:Import)
SET i = $import
