// Declares extra attributes the first time a write in a network uses them; a declared type never changes (writes are
// checked against it first). Each network declares its own: a name can be text in one and a number in another.
// $network: the network written to; $declarations: [{ scope, name, type, network? }] (a backup's rows carry their own).
UNWIND $declarations AS declaration
MERGE (a:AttributeDeclaration {network: coalesce(declaration.network, $network), scope: declaration.scope, name: declaration.name})
ON CREATE SET a.type = declaration.type
