// Overwrites the given properties of existing organisations; a null value removes the property. The extra
// attributes are replaced as a whole: every `attr_` property goes first, then the given ones are set.
// $organisations: [{ id, …changed fields, aliasesText, version, attr_<name>… }] (version computed from the locked state).
UNWIND $organisations AS properties
MATCH (o:Organisation {id: properties.id})
FOREACH (key IN [key IN keys(o) WHERE key STARTS WITH 'attr_'] | REMOVE o[key])
SET o += properties
