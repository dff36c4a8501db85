// Declares extra attributes the first time a write uses them; a declared type never changes (writes are checked
// against it first). $declarations: [{ scope, name, type }].
UNWIND $declarations AS declaration
MERGE (a:AttributeDeclaration {scope: declaration.scope, name: declaration.name})
ON CREATE SET a.type = declaration.type
