// Newest change first; the layout stays out of the list (it can be large).
MATCH (v:SavedView)
RETURN v {.id, .name, .search, .createdBy, createdAt: toString(v.createdAt), updatedAt: toString(v.updatedAt)} AS view
ORDER BY v.updatedAt DESC, v.id
LIMIT $limit
