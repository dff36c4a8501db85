// $view: {id, name, search, layout (JSON text), createdBy}; a saved view stands apart from the network (no ties).
CREATE (v:SavedView {id: $view.id, name: $view.name, search: $view.search, layout: $view.layout, createdBy: $view.createdBy,
  createdAt: datetime(), updatedAt: datetime()})
RETURN v {.id, .name, .search, .layout, .createdBy, createdAt: toString(v.createdAt), updatedAt: toString(v.updatedAt)} AS view
