// What an import file may carry (issue 17 #6, #7): one URL rule (http or https) on every write path, JSON import
// included, and GraphML nested 100 deep is a refused file (4xx), never a 500. Nothing is written either way.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppInstance } from '../../server/app.ts';
import { AUTH, createCurationApp, requests } from '../curation/curation-app.ts';
import { connectTestDatabase, resetToSeed } from '../support/test-database.ts';

let app: AppInstance;
let api: ReturnType<typeof requests>;
beforeAll(async () => {
  const database = connectTestDatabase();
  await resetToSeed(database);
  await database.close();
  app = await createCurationApp();
  api = requests(app);
});
afterAll(() => app.close());

const importFile = async (format: string, payload: string) => {
  const response = await app.inject({ method: 'POST', url: `/api/import?format=${format}`, headers: { ...AUTH, 'content-type': 'application/octet-stream' }, payload });
  return { status: response.statusCode, body: response.json() };
};
const reasons = (body: { report: { rows: { reasons: string[] }[] } }) => body.report.rows.flatMap((row) => row.reasons);

it.each([
  ['javascript:alert(1)'],
  ['data:text/html,<script>alert(1)</script>'],
  ['ftp://example.org/file'],
])('refuses a JSON import whose new source has the URL %s, as POST /api/ties does', async (url) => {
  const before = await api.snapshot();
  const file = {
    nodes: [{ id: 'url-test-a', name: 'URL test A', kind: 'charity' }, { id: 'url-test-b', name: 'URL test B', kind: 'charity' }],
    links: [{ source: 'url-test-a', target: 'url-test-b', type: 'PARTNER_OF', evidence: [{ source: 'hostile-source', title: 'Hostile', url, quote: 'They are partners.' }] }],
  };
  const { status, body } = await importFile('json', JSON.stringify(file));
  expect(status).toBe(422);
  expect(reasons(body).join('; ')).toMatch(/url must be an http\(s\) URL/);
  expect(await api.snapshot()).toEqual(before);

  const tie = await api.post('/api/ties', { type: 'PARTNER_OF', source: 'leeds-teaching-hospitals', target: 'university-of-leeds', evidence: [{ url, note: 'They are partners.' }] });
  expect(tie.status).toBe(400);
});

it('refuses GraphML nested 100 deep with 422 naming the file, not a 500', async () => {
  const deep = `${'<a>'.repeat(100)}x${'</a>'.repeat(100)}`;
  const graphml = `<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">${deep}</graph></graphml>`;
  const before = await api.snapshot();
  const { status, body } = await importFile('graphml', graphml);
  expect(status).toBe(422);
  expect(reasons(body)).toEqual(['elements nested far more deeply than GraphML has them']);
  expect(await api.snapshot()).toEqual(before);
});
