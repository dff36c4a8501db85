// Sets the ingest cue phrases of tie types of one network (the seed). $network: id; $cues: [{ type, cues }] with cues
// JSON text of [{ phrase, weight, reverse?, order }] (order: the cue's place among all the network's cues).
// Returns nothing.
UNWIND $cues AS row
MATCH (t:TieType {network: $network, id: row.type})
SET t.cues = row.cues
