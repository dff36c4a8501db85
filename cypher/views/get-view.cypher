MATCH (v:SavedView {id: $id})
RETURN v {.id, .name, .search, .layout, .createdBy, createdAt: toString(v.createdAt), updatedAt: toString(v.updatedAt)} AS view
