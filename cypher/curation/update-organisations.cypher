// Overwrites the given properties of existing organisations; a null value removes the property.
// $organisations: [{ id, …changed fields, aliasesText, version }] (version computed from the locked state).
UNWIND $organisations AS properties
MATCH (o:Organisation {id: properties.id})
SET o += properties
