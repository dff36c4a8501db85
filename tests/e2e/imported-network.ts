// A network of its own for a browser test file: a document (the Florentine families, say) imported into it before
// the file's tests, and it removed afterwards (organisations, the vocabulary they had, the network), so other files
// never see it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { apiToken, baseUrl } from './browser.ts';

/** A request with the curator's token, as the tests' own setup makes it. */
export const writeAsCurator = (method: string, path: string, body?: string) => fetch(`${baseUrl()}${path}`, {
  method,
  headers: { Authorization: `Bearer ${apiToken()}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
  ...(body === undefined ? {} : { body }),
});

export function useFlorentineNetwork(network: string, label: string): void {
  useImportedNetwork(network, label, () => readFileSync(new URL('../fixtures/florentine-families.json', import.meta.url), 'utf8'));
}

/** A network of its own for a browser test file, `document` (an import in JSON) imported into it first. */
export function useImportedNetwork(network: string, label: string, document: () => string): void {
  beforeAll(async () => {
    expect((await writeAsCurator('POST', '/api/networks', JSON.stringify({ id: network, label }))).status).toBe(201);
    const response = await writeAsCurator('POST', `/api/import?format=json&network=${network}`, document());
    expect(response.status, await response.clone().text()).toBe(200);
  });

  afterAll(async () => {
    const graph = await (await fetch(`${baseUrl()}/api/graph?network=${network}`)).json() as { nodes: { id: string }[] };
    for (const { id } of graph.nodes) await writeAsCurator('DELETE', `/api/organisations/${id}`);
    const meta = await (await fetch(`${baseUrl()}/api/meta?network=${network}`)).json() as { kinds: { id: string }[]; tieTypes: { id: string }[] };
    for (const { id } of meta.tieTypes) await writeAsCurator('DELETE', `/api/vocabulary/tie-types/${id}?network=${network}`);
    for (const { id } of meta.kinds) await writeAsCurator('DELETE', `/api/vocabulary/kinds/${id}?network=${network}`);
    await writeAsCurator('DELETE', `/api/networks/${network}`);
  });
}
