// Saved views are opened by their short id (/v/<id>).
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE
