// Migration, run at every schema setup: attribute declarations made before they were kept per network belong to the
// default network (where all data was then). Idempotent. $network: the default network's id. Returns nothing.
MATCH (a:AttributeDeclaration) WHERE a.network IS NULL
SET a.network = $network
