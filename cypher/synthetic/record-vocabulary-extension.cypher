// Records the kinds and tie types only the synthetic network uses, so they are valid API values in this database only
// (emptying the database removes them). $kinds, $tieTypes: JSON arrays. Returns nothing.
MERGE (extension:VocabularyExtension {id: 'synthetic'})
SET extension.kinds = $kinds, extension.tieTypes = $tieTypes
