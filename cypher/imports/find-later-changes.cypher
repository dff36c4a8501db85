// Changes made by anyone else, after the import, to what the import wrote: rolling back would undo them too.
// $importId; $entityIds: ids of the entities it wrote; $since: ISO date-time of its first change.
// Returns: entity, entityId, at, actor of each such change (at most 10).
MATCH (c:Change)
WHERE c.at >= $since AND c.entityId IN $entityIds AND coalesce(c.importId, '') <> $importId
RETURN c.entity AS entity, c.entityId AS entityId, c.at AS at, c.actor AS actor
ORDER BY c.at
LIMIT 10
