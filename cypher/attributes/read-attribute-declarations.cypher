// Every declared extra attribute (server/contract/attributes.ts). Returns: scope ('organisation' | 'tie'), name, type.
MATCH (a:AttributeDeclaration)
RETURN a.scope AS scope, a.name AS name, a.type AS type
ORDER BY scope, name
