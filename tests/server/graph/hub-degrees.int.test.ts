// The queries that treat organisations with many ties differently (the national regulator of the synthetic network
// has 60,000) give the same answers, or answers that keep their promise, when the seeded network's leaders count as hubs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQueries } from '../../../server/cypher/query-store.ts';
import { createGraphRepository } from '../../../server/graph/graph-repository.ts';
import { readVocabulary } from '../../../seed/dataset.ts';
import type { Database } from '../../../server/neo4j-connection.ts';
import type { Subgraph } from '../../../server/schemas/graph.ts';
import { connectTestDatabase, resetToSeed } from '../../support/test-database.ts';

let database: Database;
beforeAll(async () => {
  database = connectTestDatabase();
  await resetToSeed(database);
});
afterAll(() => database.close());

const repository = (hubDegrees?: { path: number; neighbourhood: number; tiesAmong: number }) => createGraphRepository(database, loadQueries(), readVocabulary(), hubDegrees);
const tieIds = (subgraph: Subgraph | null) => subgraph!.links.map((link) => `${link.id} ${link.source}→${link.target}`).sort();
const noFilter = { tieTypes: [], kinds: [] };

describe('ties among a set of organisations', () => {
  it('are the same whether they are read from every end or only from ends with at most 3 ties', async () => {
    const everyEnd = repository();
    const fewEnds = repository({ path: 5_000, neighbourhood: 5_000, tiesAmong: 3 });
    expect(tieIds(await fewEnds.network(noFilter, 100))).toEqual(tieIds(await everyEnd.network(noFilter, 100)));
    const around = await everyEnd.neighbourhood('leeds-teaching-hospitals', 2, noFilter, 100);
    expect(around!.links.length).toBeGreaterThan(20);
    expect(tieIds(await fewEnds.neighbourhood('leeds-teaching-hospitals', 2, noFilter, 100))).toEqual(tieIds(around));
    const filtered = { tieTypes: ['PARTNER_OF', 'DELIVERS'], kinds: [] };
    expect(tieIds(await fewEnds.neighbourhood('leeds-health-and-social-care-hub', 2, filtered, 100)))
      .toEqual(tieIds(await everyEnd.neighbourhood('leeds-health-and-social-care-hub', 2, filtered, 100)));
  });
});

describe('a neighbourhood', () => {
  it('goes on beyond the centre only through organisations with at most the cap of ties', async () => {
    const ids = (subgraph: Subgraph | null) => subgraph!.nodes.map((node) => node.id).sort();
    // King Hussein Cancer Center's only partner is LTHT (28 ties): capped at 10, depth 2 stops there.
    const capped = await repository({ path: 5_000, neighbourhood: 10, tiesAmong: 1_000 }).neighbourhood('king-hussein-cancer-center', 2, noFilter, 100);
    expect(ids(capped)).toEqual(['king-hussein-cancer-center', 'leeds-teaching-hospitals']);
    expect((await repository().neighbourhood('king-hussein-cancer-center', 2, noFilter, 100))!.nodes.length).toBeGreaterThan(20);
    // The centre itself is always expanded, however many ties it has.
    const hub = await repository({ path: 5_000, neighbourhood: 10, tiesAmong: 1_000 }).neighbourhood('leeds-teaching-hospitals', 1, noFilter, 100);
    expect(hub!.nodes.length).toBeGreaterThan(20);
  });
});

describe('k-shortest paths', () => {
  it('never pass through an organisation with more ties than the cap', async () => {
    const query = { from: 'university-of-leeds', to: 'leeds-beckett-university', mode: 'k-shortest' as const, k: 5, maxHops: 6, tieTypes: [], avoid: [] };
    const through = (paths: Awaited<ReturnType<ReturnType<typeof repository>['paths']>>) => paths.flatMap((path) => path.nodes.slice(1, -1));
    const uncapped = await repository().paths(query);
    expect(through(uncapped).some((node) => node.degree > 12)).toBe(true);
    const capped = await repository({ path: 12, neighbourhood: 5_000, tiesAmong: 1_000 }).paths(query);
    expect(capped.length).toBeGreaterThan(0);
    for (const node of through(capped)) expect(node.degree).toBeLessThanOrEqual(12);
  });
});
