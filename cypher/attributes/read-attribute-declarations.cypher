// The declared extra attributes of a network (server/contract/attributes.ts), or of every network (backups).
// $network: network id, or null for all. Returns: network, scope ('organisation' | 'tie'), name, type.
MATCH (a:AttributeDeclaration)
WHERE $network IS NULL OR a.network = $network
RETURN a.network AS network, a.scope AS scope, a.name AS name, a.type AS type
ORDER BY network, scope, name
