// $id: organisation id; $network: network id or null (any); $tieLimit: most ties to return (a national hub has tens of thousands);
// $inForceFrom, $inForceTo: ISO days or null (see fragments/in-force): the ties in force at some time between them.
// Returns: organisation (with its write version and degree), ties [{ tie, other { id, name, kind } }]
// (no row for an unknown id).
MATCH (o:Organisation {id: $id}) WHERE $network IS NULL OR {{> in-network o}}
CALL (o) {
  MATCH (o)-[r]-(other:Organisation)
  WHERE {{> in-force r}}
  WITH r, other LIMIT $tieLimit
  RETURN collect({ tie: {{> tie r}}, other: other { .id, .name, .kind } }) AS ties
}
RETURN {{> organisation o}} AS organisation,
       ties
