// A zip whose header lies about its size (issue 17 #1): the import counts the bytes it really inflates, stops at
// IMPORT_MAX_BYTES and refuses the file, and it does so in a worker thread, so the server keeps answering meanwhile.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppInstance } from '../../server/app.ts';
import { AUTH, createCurationApp } from '../curation/curation-app.ts';
import { connectTestDatabase, resetToSeed } from '../support/test-database.ts';
import { lyingZipBomb } from './lying-zip.ts';

let app: AppInstance;
let base: string;
beforeAll(async () => {
  const database = connectTestDatabase();
  await resetToSeed(database);
  await database.close();
  app = await createCurationApp();
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => app.close());

it('refuses a 1 GiB bomb declaring 100 bytes with 422, answering health checks while it unpacks', async () => {
  const bomb = lyingZipBomb('ties.csv', 1024 ** 3);
  let importDone = false;
  const imported = fetch(`${base}/api/import?format=csv`, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/zip' }, body: Buffer.from(bomb) })
    .finally(() => { importDone = true; });
  // Health checks every 20 ms until the import answers: the latencies are the figure in the report, not a test.
  const latencies: number[] = [];
  while (!importDone) {
    const started = performance.now();
    const health = await fetch(`${base}/api/health`);
    latencies.push(Math.round(performance.now() - started));
    expect(health.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const response = await imported;
  console.info(`health checks during the bomb: ${latencies.length}, slowest ${Math.max(...latencies)} ms`);
  expect(response.status).toBe(422);
  const body = await response.json();
  expect(body.report.rows).toEqual([{ action: 'reject', entity: 'file', id: null, ref: 'the zip file', reasons: [`unpacks to more than the import limit of ${50 * 1024 * 1024} bytes`] }]);
  // Answered while the bomb was being unpacked, not only before and after it.
  expect(latencies.length).toBeGreaterThan(2);
});
