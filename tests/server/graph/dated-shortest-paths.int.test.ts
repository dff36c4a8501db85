// Shortest paths search first without reading tie dates and keep those paths only when they are in force, else
// search again with the dates (cypher/paths/find-shortest-paths.cypher): the answer must be the in-force shortest
// paths either way, the longer in-force route when every shortest one has a tie out of force on the day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQueries } from '../../../server/cypher/query-store.ts';
import { createGraphRepository, onDay } from '../../../server/graph/graph-repository.ts';
import { readVocabulary } from '../../../seed/dataset.ts';
import type { Database } from '../../../server/neo4j-connection.ts';
import { connectTestDatabase, resetToSeed } from '../../support/test-database.ts';

let database: Database;
const FROM = 'dsp-from';
const TO = 'dsp-to';
/** Two-hop routes FROM–middle–TO whose first tie has these dates, and one undated three-hop route. */
const ROUTES = [
  { middle: 'dsp-from-2019', since: '2019', until: null },
  { middle: 'dsp-until-2017', since: null, until: '2017' },
  { middle: 'dsp-from-2021-06', since: '2021-06', until: '2023-06-30' },
];
const LONG = ['dsp-long-1', 'dsp-long-2'];

beforeAll(async () => {
  database = connectTestDatabase();
  await resetToSeed(database);
  await database.autoCommit(
    `UNWIND [$from, $to] + [route IN $routes | route.middle] + $long AS id
     CREATE (:Organisation {id: id, name: id, kind: 'charity', network: 'leeds'})
     WITH count(*) AS created
     MATCH (from:Organisation {id: $from}), (to:Organisation {id: $to})
     UNWIND $routes AS route
     MATCH (middle:Organisation {id: route.middle})
     CREATE (from)-[:PARTNER_OF {id: route.middle + '-1', since: route.since, until: route.until}]->(middle),
            (middle)-[:PARTNER_OF {id: route.middle + '-2'}]->(to)
     WITH DISTINCT from, to
     MATCH (first:Organisation {id: $long[0]}), (second:Organisation {id: $long[1]})
     CREATE (from)-[:PARTNER_OF {id: 'dsp-long-a'}]->(first), (first)-[:PARTNER_OF {id: 'dsp-long-b'}]->(second),
            (second)-[:PARTNER_OF {id: 'dsp-long-c'}]->(to)`,
    { from: FROM, to: TO, routes: ROUTES, long: LONG },
  );
});
afterAll(() => database.close());

const repository = () => createGraphRepository(database, loadQueries(), readVocabulary());
const find = (mode: 'shortest' | 'all-shortest', day: string) =>
  repository().findPaths({ from: FROM, to: TO, mode, k: 1, maxHops: 4, tieTypes: [], avoid: [] }, onDay(day), day);
const middles = (paths: { nodes: { id: string }[] }[]) => paths.map((path) => path.nodes.slice(1, -1).map((node) => node.id).join('+')).sort();

describe('dated shortest paths', () => {
  it('take the longer route when every shorter one has a tie out of force on the day', async () => {
    expect(middles((await find('all-shortest', '2018-06-01')).paths)).toEqual([LONG.join('+')]);
    expect((await find('shortest', '2018-06-01')).paths.map((path) => path.length)).toEqual([3]);
    expect(middles((await find('all-shortest', '2016-06-01')).paths)).toEqual(['dsp-until-2017']);
  });

  it('list, of the shortest routes, exactly those in force on the day', async () => {
    expect(middles((await find('all-shortest', '2020-01-01')).paths)).toEqual(['dsp-from-2019']);
    expect(middles((await find('all-shortest', '2022-01-01')).paths)).toEqual(['dsp-from-2019', 'dsp-from-2021-06']);
    expect(middles((await find('all-shortest', '2017-12-31')).paths)).toEqual(['dsp-until-2017']);
    const shortest = (await find('shortest', '2024-01-01')).paths;
    expect(middles(shortest)).toEqual(['dsp-from-2019']);
  });
});
