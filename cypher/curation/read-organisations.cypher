// The organisations' current state. With $lock, write-locks each one first (until the transaction ends), so that a
// version check and the write after it cannot interleave with another writer: no lost updates.
// $ids: organisation ids; $lock: boolean. Returns: organisation (fragments/organisation) per existing id.
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
FOREACH (_ IN CASE WHEN $lock THEN [1] ELSE [] END | SET o._lock = true REMOVE o._lock)
RETURN {{> organisation o}} AS organisation
