// Every network's vocabulary, cached by the server (server/graph/vocabulary-registry.ts). No params.
// Returns: network, kinds [Kind], tieTypes [TieType, with cues: JSON text of its ingest cue phrases] — one row per
// network, each list in its curators' order.
MATCH (n:Network)
CALL (n) {
  OPTIONAL MATCH (k:Kind {network: n.id})
  WITH k ORDER BY k.position, k.id
  RETURN collect(k { .id, .label, .plural, .colour, .description }) AS kinds
}
CALL (n) {
  OPTIONAL MATCH (t:TieType {network: n.id})
  WITH t ORDER BY t.position, t.id
  RETURN collect(t { .id, .label, .inverseLabel, .pastLabel, .symmetric, .colour, .dash, .description, .cues }) AS tieTypes
}
RETURN n.id AS network, kinds, tieTypes
ORDER BY network
