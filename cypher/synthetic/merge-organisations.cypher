// Bulk load of synthetic organisations (seed/synthetic/bulk-loader.ts): idempotent, so a rerun resumes a cut load.
// $organisations: [map of every stored property (a null removes it), as seed/synthetic/generate-network.ts builds them];
// $network: the network they join.
// Every node is marked `synthetic: true` so it can never pass for the reviewed data set.
UNWIND $organisations AS org
MERGE (o:Organisation {id: org.id})
SET o += org, o.synthetic = true, o.network = $network
