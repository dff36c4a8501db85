// A backup taken while a multi-batch import commits is still a snapshot (issue 17 #9): every imported organisation
// in it has its history entry, and every history entry its organisation.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppInstance } from '../../server/app.ts';
import { readBackup, type Backup } from '../../scripts/backup-archive.ts';
import { AUTH, createCurationApp } from '../curation/curation-app.ts';
import { connectTestDatabase, resetToSeed } from '../support/test-database.ts';

let app: AppInstance;
const reset = async () => {
  const database = connectTestDatabase();
  await resetToSeed(database);
  await database.close();
};
beforeAll(async () => {
  await reset();
  app = await createCurationApp({ IMPORT_BATCH_ROWS: '100' });
});
afterAll(async () => {
  await app.close();
  await reset();
});

function mismatches(backup: Backup): string[] {
  const imported = (id: unknown) => typeof id === 'string' && id.startsWith('snapshot-test-');
  const organisations = new Set(backup.organisations.map((o) => o.id).filter(imported));
  const created = new Set(backup.changes.filter((c) => c.entity === 'organisation' && c.action === 'create').map((c) => c.entityId).filter(imported));
  return [
    ...[...organisations].filter((id) => !created.has(id)).map((id) => `${String(id)} without history`),
    ...[...created].filter((id) => !organisations.has(id)).map((id) => `history of ${String(id)}, not in the backup`),
  ];
}

it('reads a consistent backup while a 30-batch import commits', async () => {
  const nodes = Array.from({ length: 3_000 }, (_, i) => ({ id: `snapshot-test-${i}`, name: `Snapshot test ${i}`, kind: 'charity' }));
  let done = false;
  const importing = app.inject({
    method: 'POST', url: '/api/import?format=json', headers: { ...AUTH, 'content-type': 'application/json' }, payload: JSON.stringify({ nodes, links: [] }),
  }).finally(() => { done = true; });
  const sizes: number[] = [];
  const problems: string[] = [];
  while (!done) {
    const backup = await readBackup(app.database, app.queries, 60_000);
    sizes.push(backup.counts.organisations);
    problems.push(...mismatches(backup));
  }
  const response = await importing;
  expect(response.statusCode).toBe(200);
  console.info(`backups during the import: ${sizes.length} (organisations ${sizes.join(', ')}), inconsistencies: ${problems.length}`);
  expect(problems).toEqual([]);
  expect(mismatches(await readBackup(app.database, app.queries, 60_000))).toEqual([]);
}, 240_000);
