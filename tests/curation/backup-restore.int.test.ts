// The curation scripts as a person runs them: `npm run backup`, `npm run restore` (refusing a non-empty database
// unless --force) giving back an identical network, history and versions included, and `npm run import`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../server/app.ts';
import type { Database } from '../../server/neo4j-connection.ts';
import { loadQueries } from '../../server/cypher/query-store.ts';
import { resetDatabase } from '../../seed/seed-loader.ts';
import { connectTestDatabase, resetToSeed, testDatabaseSettings } from '../support/test-database.ts';
import { createCurationApp, requests } from './curation-app.ts';
import { runScript } from '../support/run-script.ts';

let app: AppInstance;
let api: ReturnType<typeof requests>;
let database: Database;
const folder = mkdtempSync(join(tmpdir(), 'curation-scripts-'));

beforeAll(async () => {
  database = connectTestDatabase();
  await resetToSeed(database);
  app = await createCurationApp();
  api = requests(app);
  // History of every kind: creates, updates, an ended tie, a deletion, an import.
  const created = (await api.post('/api/organisations', { name: 'Backup Charity', kind: 'charity', aliases: ['BC'], attributes: { volunteers: 12.5, causes: ['arts'] } })).body;
  await api.patch(`/api/organisations/${created.id}`, { version: 1, city: 'Leeds' });
  await api.post('/api/ties', { type: 'SUPPORTS', source: created.id, target: 'leeds-teaching-hospitals', evidence: [{ url: 'https://example.org/bc', note: 'BC supports LTHT.' }] });
  await api.post(`/api/ties/${created.id}--supports--leeds-teaching-hospitals/end`, { until: '2024' });
  await api.del('/api/organisations/king-hussein-cancer-center');
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const run = runScript;

const integerVersions = async () => {
  const session = database.driver.session({ database: testDatabaseSettings().database });
  try {
    const result = await session.run('MATCH (o:Organisation) WHERE o.version IS NOT NULL RETURN collect(DISTINCT valueType(o.version)) AS types');
    return result.records[0]!.get('types') as string[];
  } finally {
    await session.close();
  }
};

describe('npm run backup and npm run restore', () => {
  const file = join(folder, 'network.json');

  it('backs up the network and restores it identically, history and integer versions included', async () => {
    const before = await api.snapshot();
    const backup = await run('scripts/backup.ts', file);
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/Backed up 46 organisations, \d+ ties, \d+ sources and \d+ changes to /);

    const refused = await run('scripts/restore.ts', file);
    expect(refused.code).toBe(2);
    expect(refused.output).toMatch(/Refusing to restore into .*: it holds \d+ nodes\. Add --force/);

    await resetDatabase(database, loadQueries());
    const restored = await run('scripts/restore.ts', file);
    expect(restored.code, restored.output).toBe(0);
    expect(restored.output).toMatch(/Restored 46 organisations/);
    expect(await api.snapshot()).toEqual(before);
    expect(await integerVersions()).toEqual(['INTEGER NOT NULL']);
    expect((await api.get('/api/organisations/backup-charity')).body).toMatchObject({ version: 2, city: 'Leeds' });
    expect((await api.get('/api/organisations/king-hussein-cancer-center/history')).body.changes[0]).toMatchObject({ action: 'delete' });
  });

  it('restores over a non-empty database with --force, and refuses a file that is not a backup', async () => {
    const before = await api.snapshot();
    await api.post('/api/organisations', { name: 'Written After The Backup', kind: 'charity' });
    const forced = await run('scripts/restore.ts', file, '--force');
    expect(forced.code, forced.output).toBe(0);
    expect(forced.output).toMatch(/Emptied /);
    expect(await api.snapshot()).toEqual(before);

    const other = join(folder, 'not-a-backup.json');
    writeFileSync(other, JSON.stringify({ nodes: [] }));
    const wrong = await run('scripts/restore.ts', other, '--force');
    expect(wrong.code).toBe(1);
    expect(wrong.output).toMatch(/Not a backup: "format" is not "partnership-graph-backup"/);
    expect(await api.snapshot()).toEqual(before);
  });
});

describe('npm run import', () => {
  it('dry-runs, imports, and refuses a file with a bad row (exit code 1), naming the row', async () => {
    const good = join(folder, 'new.json');
    writeFileSync(good, JSON.stringify({ nodes: [{ id: 'cli-charity', name: 'CLI Charity', kind: 'charity' }] }));
    const dry = await run('scripts/import.ts', good, '--dry-run');
    expect(dry.code, dry.output).toBe(0);
    expect(dry.output).toMatch(/create\s+nodes\[0\] \(cli-charity\)/);
    expect(dry.output).toMatch(/Dry run: the import is valid/);
    expect((await api.get('/api/organisations/cli-charity')).status).toBe(404);

    const real = await run('scripts/import.ts', good, '--actor', 'nightly-sync');
    expect(real.code, real.output).toBe(0);
    expect(real.output).toMatch(/Imported 1 rows in \d+ ms/);
    expect((await api.get('/api/organisations/cli-charity/history')).body.changes[0]).toMatchObject({ actor: 'nightly-sync', action: 'create' });

    const bad = join(folder, 'ties.csv');
    writeFileSync(bad, 'id,:START_ID,:END_ID,:TYPE,since,until,description,evidenceSources:string[],evidenceQuotes:string[]\r\nt,cli-charity,nobody,SUPPORTS,,,,ltht-partners,Q.\r\n');
    const refused = await run('scripts/import.ts', bad);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/reject\s+ties\.csv line 2 \(t\): unknown organisation "nobody" \(target\)/);
    expect(refused.output).toMatch(/nothing was written/);
  });
});
