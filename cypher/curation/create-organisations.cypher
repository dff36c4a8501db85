// Creates organisations (CREATE, not MERGE: the id constraint refuses a duplicate instead of merging two
// organisations). Also restores them from a backup. $organisations: [map of every stored property, version included].
UNWIND $organisations AS properties
CREATE (o:Organisation)
SET o = properties
