MATCH (v:SavedView {id: $id})
SET v.name = $name, v.updatedAt = datetime()
RETURN v {.id, .name, .search, .createdBy, createdAt: toString(v.createdAt), updatedAt: toString(v.updatedAt)} AS view
