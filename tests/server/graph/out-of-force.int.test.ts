// Searches leave organisations out of force by identity, from a list found through the since/until indexes
// (cypher/fragments/out-of-force-organisations.cypher); that list must follow the contract's rule to the day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQueries } from '../../../server/cypher/query-store.ts';
import { createGraphRepository, onDay } from '../../../server/graph/graph-repository.ts';
import { readVocabulary } from '../../../seed/dataset.ts';
import { inForceOn } from '../../../server/contract/in-force.ts';
import type { Database } from '../../../server/neo4j-connection.ts';
import { connectTestDatabase, resetToSeed } from '../../support/test-database.ts';

let database: Database;
const CENTRE = 'leeds-teaching-hospitals';
/** Tied to the centre only through the dated organisations. */
const FAR = 'dated-path-end';
/** Organisations tied to the centre and to FAR, with dates on the edges of the rule. */
const DATED = [
  { id: 'dated-since-year', since: '2019', until: null },
  { id: 'dated-since-month', since: '2019-03', until: null },
  { id: 'dated-since-day', since: '2019-03-15', until: null },
  { id: 'dated-until-year', since: null, until: '2022' },
  { id: 'dated-until-month', since: null, until: '2022-07' },
  { id: 'dated-until-leap-month', since: '2020-01', until: '2024-02' },
  { id: 'dated-until-day', since: null, until: '2022-06-30' },
];
const DAYS = ['2018-12-31', '2019-01-01', '2019-02-28', '2019-03-01', '2019-03-14', '2019-03-15', '2021-06-01', '2022-06-30',
  '2022-07-01', '2022-07-31', '2022-08-01', '2022-12-31', '2023-01-01', '2024-02-29', '2024-03-01'];

beforeAll(async () => {
  database = connectTestDatabase();
  await resetToSeed(database);
  await database.autoCommit(
    `UNWIND $dated AS row
     MATCH (centre:Organisation {id: $centre})
     MERGE (far:Organisation {id: $far}) ON CREATE SET far.name = $far, far.kind = 'charity', far.network = 'leeds'
     CREATE (o:Organisation {id: row.id, name: row.id, kind: 'charity', network: 'leeds', since: row.since, until: row.until})
     CREATE (centre)-[:PARTNER_OF {id: row.id + '-centre'}]->(o), (o)-[:PARTNER_OF {id: row.id + '-far'}]->(far)`,
    { dated: DATED, centre: CENTRE, far: FAR },
  );
});
afterAll(() => database.close());

const repository = () => createGraphRepository(database, loadQueries(), readVocabulary());
const noFilter = { tieTypes: [], kinds: [] };

describe('organisations out of force', () => {
  it('are left out of a neighbourhood exactly when the contract says they are not in force', async () => {
    for (const day of DAYS) {
      const subgraph = await repository().neighbourhood(CENTRE, 1, noFilter, 500, onDay(day));
      const found = new Set(subgraph!.nodes.map((node) => node.id));
      for (const dated of DATED) expect(found.has(dated.id), `${dated.id} on ${day}`).toBe(inForceOn(dated, day));
    }
  });

  it('are never passed through by a path, shortest or k-shortest, and avoided ones neither', async () => {
    for (const day of ['2018-12-31', '2022-07-31', '2024-03-01']) {
      for (const mode of ['all-shortest', 'k-shortest'] as const) {
        const { paths } = await repository().findPaths({ from: CENTRE, to: FAR, mode, k: 10, maxHops: 2, tieTypes: [], avoid: ['dated-since-year'] }, onDay(day), day);
        const through = new Set(paths.filter((path) => path.length === 2).map((path) => path.nodes[1]!.id));
        const expected = DATED.filter((dated) => dated.id !== 'dated-since-year' && inForceOn(dated, day)).map((dated) => dated.id);
        for (const id of expected) expect(through.has(id), `${mode} through ${id} on ${day}`).toBe(true);
        for (const id of through) expect(id.startsWith('dated-') ? expected.includes(id) : true, `${mode} through ${id} on ${day}`).toBe(true);
      }
    }
  });

  it('include the ends of a path: none from an organisation not yet formed, and both ends still found', async () => {
    const { missing, paths } = await repository().findPaths({ from: 'dated-since-day', to: FAR, mode: 'shortest', k: 1, maxHops: 4, tieTypes: [], avoid: [] }, onDay('2019-03-14'), '2019-03-14');
    expect(missing).toEqual([]);
    expect(paths).toEqual([]);
  });
});
