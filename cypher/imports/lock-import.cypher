// One import record, write-locked until the transaction ends (a rollback decides under it). $id.
// Returns: import (all its properties).
MATCH (i:Import {id: $id})
SET i._lock = true
REMOVE i._lock
RETURN i { .* } AS import
