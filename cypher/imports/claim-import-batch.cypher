// Moves an import on by one batch, inside that batch's own transaction: it commits with the batch or not at all.
// The record is write-locked first and then checked, so two resumes of one import cannot both write a batch.
// $id; $batch: the batches the caller believes done; $batchesTotal; $rows: changes in this batch; $state: running
// or done (after the last batch); $at: ISO date-time. Returns: id (no row: someone else moved it on, or it is gone).
MATCH (i:Import {id: $id})
SET i._lock = true
REMOVE i._lock
WITH i
WHERE i.batchesDone = $batch AND i.state IN ['running', 'failed']
SET i.batchesDone = $batch + 1, i.batchesTotal = $batchesTotal, i.rows = i.rows + $rows, i.state = $state,
    i.updatedAt = $at, i.error = null
RETURN i.id AS id
