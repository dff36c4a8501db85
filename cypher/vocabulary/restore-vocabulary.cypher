// Restore: networks, kinds and tie types exactly as backed up (the default network may exist already: schema setup
// makes it). $networks, $kinds, $tieTypes: [map of all properties]. Returns nothing.
CALL { UNWIND $networks AS properties MERGE (n:Network {id: properties.id}) SET n = properties }
CALL { UNWIND $kinds AS properties CREATE (k:Kind) SET k = properties }
CALL { UNWIND $tieTypes AS properties CREATE (t:TieType) SET t = properties }
