// A deliberately dense generated network for the timeout and fault tests: many organisations, each tied to many
// random others, plus "dense-from" and "dense-to", each tied only to dense-0: one simple path between them, but
// countless trails through the cluster, which a k-shortest search (k > 1, 8 hops) must all try before it gives up.
import neo4j from 'neo4j-driver';
import type { Database } from '../../server/neo4j-connection.ts';

// 400 × 16: Cypher 5's k-shortest search finishes 200 × 12 in about 1.2 s on an idle machine, too close to the tests'
// 1 s timeout; this size takes about 5.5 s, so the timeout (and a stop mid-request) always comes first.
export async function addDenseGraph(database: Database, organisations = 400, tiesEach = 16): Promise<void> {
  await database.autoCommit(
    `UNWIND range(0, $n - 1) AS i
     CREATE (:Organisation {id: 'dense-' + i, name: 'Dense partner ' + i, aliases: [], aliasesText: '', kind: 'charity', network: 'leeds'})`,
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
  await database.autoCommit(
    `MATCH (hub:Organisation {id: 'dense-0'})
     UNWIND ['dense-from', 'dense-to'] AS id
     CREATE (:Organisation {id: id, name: 'Dense ' + id, aliases: [], aliasesText: '', kind: 'charity', network: 'leeds'})
            -[:PARTNER_OF {id: id + '-hub', description: 'generated', evidenceSources: [], evidenceQuotes: []}]->(hub)`,
  );
}

/** The search that explodes: the 10 shortest simple paths of up to 8 hops, where only one exists. */
export const PATHOLOGICAL_PATHS = '/api/paths?from=dense-from&to=dense-to&mode=k-shortest&k=10&maxHops=8';
