// The in-memory peer in the API bench: loads the benchmarked network into bench/in-memory-network.ts, and checks that
// it answers what the repository answers (path lengths, depth-1 organisations) before its figures are compared.
import type { Database } from '../server/neo4j-connection.ts';
import type { QueryStore } from '../server/cypher/query-store.ts';
import { onDay, type GraphRepository, type InForceWindow } from '../server/graph/graph-repository.ts';
import { today } from '../server/contract/in-force.ts';
import { createInMemoryNetwork, type InMemoryNetwork } from './in-memory-network.ts';
import type { BenchSample } from './api-bench.ts';

const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

/** The whole network, read in one transaction, held in memory. */
export async function loadInMemoryNetwork(database: Database, queries: QueryStore): Promise<InMemoryNetwork> {
  return database.read(async (tx) => {
    const organisations = (await tx.run(queries.get('synthetic/list-organisation-ids'))).records
      .map((r) => ({ id: String(r.get('id')), since: text(r.get('since')), until: text(r.get('until')) }));
    const ties = (await tx.run(queries.get('synthetic/list-tie-ends'))).records
      .map((r) => ({ source: String(r.get('source')), target: String(r.get('target')), since: text(r.get('since')), until: text(r.get('until')) }));
    return createInMemoryNetwork({ organisations, ties });
  }, 120_000);
}

export interface PeerAgreement {
  what: string;
  agreed: number;
  of: number;
  /** The first disagreement, to look into. */
  example: string | null;
}

const MAX_HOPS = 6;
const noFilter = { tieTypes: [], kinds: [] };

/**
 * For every sample pair and id: shortest path lengths (today and on `asOf`) and depth-1 organisations (everything and on
 * `asOf`) from the repository and from the peer.
 */
export async function checkPeerAgreement(sample: BenchSample, repository: GraphRepository, network: InMemoryNetwork, graphLimit: number, asOf: string): Promise<PeerAgreement[]> {
  const results: PeerAgreement[] = [];
  for (const day of [today(), asOf]) {
    const agreement: PeerAgreement = { what: `shortest path length on ${day}`, agreed: 0, of: 0, example: null };
    for (const [from, to] of sample.pairs) {
      const { paths } = await repository.findPaths({ from, to, mode: 'shortest', k: 1, maxHops: MAX_HOPS, tieTypes: [], avoid: [] }, onDay(day), day);
      const ours = paths[0]?.length ?? null;
      const theirs = network.shortestPathLength(from, to, MAX_HOPS, day);
      agreement.of++;
      if (ours === theirs) agreement.agreed++;
      else agreement.example ??= `${from}→${to}: API ${ours ?? 'none'}, in memory ${theirs ?? 'none'}`;
    }
    results.push(agreement);
  }
  const windows: [string, InForceWindow | undefined, string | null][] = [['everything', undefined, null], [asOf, onDay(asOf), asOf]];
  for (const [label, window, day] of windows) {
    const agreement: PeerAgreement = { what: `depth-1 organisations (${label})`, agreed: 0, of: 0, example: null };
    for (const id of sample.ids) {
      const subgraph = await repository.neighbourhood(id, 1, noFilter, graphLimit, window);
      const ours = (subgraph?.nodes.map((node) => node.id) ?? []).sort();
      const theirs = (network.neighbourhood(id, graphLimit, day)?.organisations ?? []).sort();
      agreement.of++;
      if (ours.join() === theirs.join()) agreement.agreed++;
      else agreement.example ??= `${id}: API ${ours.length} organisations, in memory ${theirs.length}`;
    }
    results.push(agreement);
  }
  return results;
}
