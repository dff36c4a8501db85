// $organisations: [map of every stored property (a null removes it), as seed/seed-loader.ts builds them];
// $network: the network they belong to.
UNWIND $organisations AS org
MERGE (o:Organisation {id: org.id})
SET o += org, o.network = $network
