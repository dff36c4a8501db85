// Restore: creates source documents exactly as backed up. $sources: [map of all properties].
UNWIND $sources AS properties
CREATE (s:Source)
SET s = properties
