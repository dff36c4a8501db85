// Separate networks in a real Chromium: with the Florentine families imported into their own network, the header's
// network selector switches to them (network= in the address), the view shows their 15 families and the legend
// their vocabulary, and switching back shows Leeds again without the parameter.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken, baseUrl, useBrowserPages, waitForGraph } from './browser.ts';

const { open } = useBrowserPages();
const NETWORK = 'florentine-e2e';
const write = (method: string, path: string, body?: string) => fetch(`${baseUrl()}${path}`, {
  method,
  headers: { Authorization: `Bearer ${apiToken()}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
  ...(body === undefined ? {} : { body }),
});

beforeAll(async () => {
  expect((await write('POST', '/api/networks', JSON.stringify({ id: NETWORK, label: 'Florentine families' }))).status).toBe(201);
  const fixture = readFileSync(new URL('../fixtures/florentine-families.json', import.meta.url), 'utf8');
  expect((await write('POST', `/api/import?format=json&network=${NETWORK}`, fixture)).status).toBe(200);
});

afterAll(async () => {
  const graph = await (await fetch(`${baseUrl()}/api/graph?network=${NETWORK}`)).json() as { nodes: { id: string }[] };
  for (const { id } of graph.nodes) await write('DELETE', `/api/organisations/${id}`);
  await write('DELETE', `/api/networks/${NETWORK}`);
});

describe('the network selector', () => {
  it('switches to another network and back', async () => {
    const page = await open();
    const leeds = await waitForGraph(page);
    const selector = page.locator('#network-select');
    await selector.waitFor();
    await selector.selectOption(NETWORK);
    await page.waitForURL((url) => url.searchParams.get('network') === NETWORK);
    expect(await waitForGraph(page)).toBe(15);
    expect(await page.locator('#network-select').inputValue()).toBe(NETWORK);
    const meta = await page.evaluate(async (network) => (await fetch(`/api/meta?network=${network}`)).json(), NETWORK) as { tieTypes: { id: string; symmetric: boolean }[] };
    expect(meta.tieTypes).toEqual([expect.objectContaining({ id: 'MARRIED_INTO', symmetric: true })]);

    await page.locator('#network-select').selectOption('leeds');
    await page.waitForURL((url) => !url.searchParams.has('network'));
    expect(await waitForGraph(page)).toBe(leeds);
  });
});
