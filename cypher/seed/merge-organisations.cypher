// $organisations: [map of every stored property (a null removes it), as seed/seed-loader.ts builds them]
UNWIND $organisations AS org
MERGE (o:Organisation {id: org.id})
SET o += org
