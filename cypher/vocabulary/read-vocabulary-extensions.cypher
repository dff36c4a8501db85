// The vocabulary a loader added to this database only (the synthetic network's kinds), merged into the server's at boot.
// No params. Returns: kinds, tieTypes — JSON arrays of Kind / TieType, one row per extension.
MATCH (extension:VocabularyExtension)
RETURN extension.kinds AS kinds, extension.tieTypes AS tieTypes
ORDER BY extension.id
