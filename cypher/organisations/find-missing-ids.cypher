// $ids: organisation ids. Returns: missing — the ids that name no organisation.
UNWIND $ids AS id
OPTIONAL MATCH (o:Organisation {id: id})
WITH id, o WHERE o IS NULL
RETURN collect(id) AS missing
