MATCH (v:SavedView {id: $id})
DELETE v
RETURN count(*) AS deleted
