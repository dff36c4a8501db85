// Waits until new indexes are online: a full-text index answers nothing while it is still populating.
CALL db.awaitIndexes(300)
