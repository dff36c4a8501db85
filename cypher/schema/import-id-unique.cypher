// An import record is found by the id every change it wrote carries (GET /api/imports/:id, resume, rollback).
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (i:Import) REQUIRE i.id IS UNIQUE
