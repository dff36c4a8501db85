// Rolling an import back reads every change tagged with its id.
CREATE RANGE INDEX change_import IF NOT EXISTS FOR (c:Change) ON (c.importId)
