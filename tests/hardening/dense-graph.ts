// A deliberately dense generated network for the timeout and fault tests: many organisations, each tied to many
// random others, where an all-shortest-paths search with 8 hops explodes. Plus "dense-island", tied to nobody.
import neo4j from 'neo4j-driver';
import type { Database } from '../../server/neo4j-connection.ts';

export async function addDenseGraph(database: Database, organisations = 200, tiesEach = 12): Promise<void> {
  await database.autoCommit(
    `UNWIND range(0, $n - 1) AS i
     CREATE (:Organisation {id: 'dense-' + i, name: 'Dense partner ' + i, aliases: [], aliasesText: '', kind: 'charity'})`,
    { n: neo4j.int(organisations) },
  );
  // Seeded pseudo-random targets ((i * 7919 + j * 104729) mod n) keep every run's graph the same.
  await database.autoCommit(
    `UNWIND range(0, $n - 1) AS i UNWIND range(1, $d) AS j
     WITH i, j, (i * 7919 + j * 104729) % $n AS t WHERE t <> i
     MATCH (a:Organisation {id: 'dense-' + i}), (b:Organisation {id: 'dense-' + t})
     CREATE (a)-[:PARTNER_OF {id: 'dense-tie-' + i + '-' + j, description: 'generated', evidenceSources: [], evidenceQuotes: []}]->(b)`,
    { n: neo4j.int(organisations), d: neo4j.int(tiesEach) },
  );
  await database.autoCommit(`CREATE (:Organisation {id: 'dense-island', name: 'Dense island', aliases: [], aliasesText: '', kind: 'charity'})`);
}

/** The search that explodes: every shortest path of up to 8 hops between two organisations of the dense graph. */
export const PATHOLOGICAL_PATHS = '/api/paths?from=dense-0&to=dense-1&mode=all-shortest&maxHops=8';
