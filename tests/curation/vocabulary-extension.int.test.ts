// The API's vocabulary is the data set's own in the seeded database; the synthetic network's kinds are valid only in a
// database where a synthetic load recorded them (a fresh app reads them at boot), and emptying the database forgets them.
import { afterAll, describe, expect, it } from 'vitest';
import { loadQueries } from '../../server/cypher/query-store.ts';
import { loadDataset } from '../../seed/dataset.ts';
import { bulkLoad } from '../../seed/synthetic/bulk-loader.ts';
import { resetSyntheticDatabase } from '../../seed/synthetic/synthetic-database.ts';
import type { SyntheticOrganisation } from '../../seed/synthetic/generate-network.ts';
import { connectTestDatabase, resetToSeed } from '../support/test-database.ts';
import { createCurationApp, requests, useSeededCurationApp, type Requests } from './curation-app.ts';

const { api } = useSeededCurationApp();
const seedKindIds = loadDataset().vocabulary.kinds.map((kind) => kind.id);
const icb = { name: 'Vocabulary Test Integrated Care Board', kind: 'icb' };
const syntheticIcb: SyntheticOrganisation = {
  id: 'syn-icb-vocabulary-test', name: 'Synthetic Integrated Care Board', shortName: null, aliases: [], aliasesText: '',
  kind: 'icb', sector: 'NHS', city: 'Leeds', country: 'United Kingdom', description: '', url: null, since: null, until: null,
  synthetic: true,
};

/** The vocabulary is read when the app boots, so each state of the database gets its own app. */
async function withFreshApp(use: (api: Requests) => Promise<void>): Promise<void> {
  const app = await createCurationApp();
  try {
    await use(requests(app));
  } finally {
    await app.close();
  }
}

afterAll(async () => {
  const database = connectTestDatabase();
  await resetToSeed(database);
  await database.close();
});

describe('the seeded database', () => {
  it('lists exactly the data set\'s kinds in /api/meta', async () => {
    const { status, body } = await api.get('/api/meta');
    expect(status).toBe(200);
    expect(body.kinds.map((kind: { id: string }) => kind.id).sort()).toEqual([...seedKindIds].sort());
  });

  it('refuses a synthetic-only kind with a 400 naming kind', async () => {
    const { status, body } = await api.post('/api/organisations', icb);
    expect(status).toBe(400);
    expect(body.errors).toEqual([expect.objectContaining({ field: 'kind' })]);
    expect(body.errors[0].message.split('valid values are ')[1].split(', ')).toEqual(seedKindIds);
  });
});

describe('a database a synthetic network was loaded into', () => {
  it('accepts and lists the synthetic kinds, and forgets them once the database is emptied', async () => {
    const database = connectTestDatabase();
    try {
      await bulkLoad(database, loadQueries(), { sources: [], organisations: [syntheticIcb], ties: [] }, { allowedTypes: new Set() });
      await withFreshApp(async (extended) => {
        expect((await extended.post('/api/organisations', icb)).status).toBe(201);
        const meta = await extended.get('/api/meta');
        expect(meta.body.kinds.map((kind: { id: string }) => kind.id)).toEqual([...seedKindIds, 'icb']);
        expect(meta.body.kinds.at(-1)).toMatchObject({ label: 'Integrated care board', count: 2 });
      });

      await resetToSeed(database);
      await withFreshApp(async (reset) => {
        expect((await reset.post('/api/organisations', icb)).status).toBe(400);
      });
    } finally {
      await database.close();
    }
  });

  it('describes a database holding nothing but a synthetic network: the product\'s tie types its ties use are there', async () => {
    const database = connectTestDatabase();
    try {
      await resetSyntheticDatabase(database, loadQueries());
      await bulkLoad(database, loadQueries(), { sources: [], organisations: [syntheticIcb], ties: [] }, { allowedTypes: new Set() });
      await withFreshApp(async (synthetic) => {
        const meta = await synthetic.get('/api/meta');
        expect(meta.body.tieTypes.map((type: { id: string }) => type.id)).toEqual(expect.arrayContaining(['COMMISSIONS', 'OVERSEES', 'PARTNER_OF']));
        expect(meta.body.tieTypes.find((type: { id: string }) => type.id === 'COMMISSIONS')).toMatchObject({ label: 'commissions' });
      });
    } finally {
      await resetToSeed(database);
      await database.close();
    }
  });
});
