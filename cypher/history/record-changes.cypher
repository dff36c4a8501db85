// Appends history: one (:Change) per entity written. Also restores history from a backup.
// $changes: [{ id, at, seq, actor, action, entity, entityId, organisationId, otherOrganisationId, fields, before,
// after, importId }] (before/after as JSON text).
UNWIND $changes AS change
CREATE (c:Change)
SET c = change
