// The seed loader against the real Neo4j: loading twice changes nothing, and the counts match the data set.
import { afterAll, describe, expect, it } from 'vitest';
import { loadQueries } from '../../server/cypher/query-store.ts';
import { loadDataset } from '../../seed/dataset.ts';
import { countNetwork, seedNetwork, total } from '../../seed/seed-loader.ts';
import { connectTestDatabase, resetToSeed } from '../support/test-database.ts';

const database = connectTestDatabase();
afterAll(() => database.close());

describe('the seed loader', () => {
  it('loads every organisation and tie of the data set, and a second load changes nothing', async () => {
    const queries = loadQueries();
    const dataset = loadDataset();
    await resetToSeed(database);
    const first = await countNetwork(database, queries);
    expect(total(first.organisationsByKind)).toBe(dataset.organisations.length);
    expect(total(first.tiesByType)).toBe(dataset.ties.length);

    await seedNetwork(database, queries, dataset);
    expect(await countNetwork(database, queries)).toEqual(first);
  });
});
