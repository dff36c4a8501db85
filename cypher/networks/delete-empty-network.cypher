// Deletes a network that holds no organisation, with its vocabulary. $network: its id.
// Returns: found (whether it exists), organisations (how many it holds; deleted only when 0).
OPTIONAL MATCH (n:Network {id: $network})
WITH n, n IS NOT NULL AS found, COUNT { MATCH (o:Organisation) WHERE {{> in-network o}} } AS organisations
CALL (n, organisations) {
  WITH n WHERE n IS NOT NULL AND organisations = 0
  CALL (n) { MATCH (k:Kind {network: n.id}) DETACH DELETE k }
  CALL (n) { MATCH (t:TieType {network: n.id}) DETACH DELETE t }
  DELETE n
}
RETURN found, organisations
