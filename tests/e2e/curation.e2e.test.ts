// Editing in the browser, against the real server and database: sign in with a token, add a tie with its evidence
// between two organisations that were not directly tied, find it as a path, see it in the history, delete it
// again; check an import file row by row. Everything it writes it removes, so the other browser tests see the seed.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { apiToken, baseUrl, chooseFromCombobox, useBrowserPages, waitForSettled } from './browser.ts';

const FROM = { id: 'leeds-hospitals-charity', name: 'Leeds Hospitals Charity' };
const TO = { id: 'yorkshire-and-humber-ahsn', name: 'Yorkshire and Humber Academic Health Science Network' };
const TIE_ID = `${FROM.id}--supports--${TO.id}`;
const SENTENCE = `${FROM.name} supports ${TO.name}.`;
const QUOTE = 'Our wide range of partners in the voluntary, independent and private sector help to contribute to the development of the Trust and services we deliver.';

const { open, current } = useBrowserPages();

const TEMPORARY = { name: 'Temporary Test Befriending Service', tiedTo: 'leeds-city-council' };
let temporaryId: string | null = null;

const write = (method: string, path: string, body?: unknown) => fetch(`${baseUrl()}${path}`, {
  method,
  headers: { Authorization: `Bearer ${apiToken()}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

afterAll(async () => {
  // Should a test stop half-way, what it added must not stay for the other tests.
  await write('DELETE', `/api/ties/${TIE_ID}`).catch(() => {});
  if (temporaryId) await write('DELETE', `/api/organisations/${temporaryId}`).catch(() => {});
});

async function signIn(page: Page): Promise<void> {
  // On a phone the tabs give way to the jump bar, whose Edit button the caller has pressed.
  const tab = page.getByRole('tab', { name: 'Edit' });
  if (await tab.isVisible()) await tab.click();
  await page.getByLabel('Access token').fill(apiToken());
  await page.getByRole('button', { name: 'Sign in to edit' }).click();
  await page.getByText('Signed in: you can edit.').waitFor();
}

const linksDrawn = async (page: Page) => Number(await page.getAttribute('#graph', 'data-links'));

async function shortestPathLength(): Promise<number> {
  const response = await fetch(`${baseUrl()}/api/paths?from=${FROM.id}&to=${TO.id}`);
  const body = (await response.json()) as { paths: Array<{ length: number }> };
  return body.paths[0]?.length ?? 0;
}

describe('editing the network', () => {
  it('signs in with a token, adds a tie with evidence, and finds it as a path', async () => {
    expect(await shortestPathLength(), 'the two organisations are not tied directly to begin with').toBeGreaterThan(1);
    const page = await open(`/?sel=${FROM.id}`);
    await waitForSettled(page);
    const details = page.locator('#details');
    await details.locator('h2', { hasText: FROM.name }).waitFor();
    await expect(details.getByRole('button', { name: 'Add tie' }).count(), 'no edit controls for readers').resolves.toBe(0);

    // A wrong token is refused in words; the right one shows the edit controls. The token never reaches the URL.
    await page.getByRole('tab', { name: 'Edit' }).click();
    await page.getByLabel('Access token').fill('not-the-right-token-at-all');
    await page.getByRole('button', { name: 'Sign in to edit' }).click();
    await page.getByText('That token was not accepted. Check it and try again.').waitFor();
    const { errors } = current();
    errors.splice(0, errors.length, ...errors.filter((error) => !/status of 401/.test(error)));
    await signIn(page);
    expect(page.url()).not.toContain(apiToken());
    await expect(page.evaluate(() => Object.values(sessionStorage))).resolves.toContain(apiToken());

    // The form will not send a tie without its other end, its type or its evidence.
    const writes: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    await details.getByRole('button', { name: 'Add tie' }).click();
    const dialog = page.getByRole('dialog', { name: `Add a tie from ${FROM.name}` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Add tie' }).click();
    await dialog.getByText('A tie needs evidence').waitFor();
    await dialog.getByText('Choose the other organisation from the list.').waitFor();
    expect(writes, 'nothing is sent without evidence').toEqual([]);

    await chooseFromCombobox(page, 'To (required)', 'Yorkshire and Humber', /Yorkshire and Humber Academic Health Science Network/);
    await dialog.getByLabel('Type of tie').selectOption('SUPPORTS');
    await expect(dialog.locator('.tie-preview-sentence').textContent()).resolves.toBe(SENTENCE);
    await dialog.getByLabel('Since').fill('2021');
    await dialog.getByLabel('Source').selectOption('ltht-partners');
    await dialog.getByLabel('Quote').fill(QUOTE);
    await expect(dialog.getByText('A tie needs evidence').isVisible()).resolves.toBe(false);
    await current().screenshot('curation-add-tie');

    const before = await linksDrawn(page);
    await dialog.getByRole('button', { name: 'Add tie' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(writes).toEqual(['POST /api/ties']);
    // The view and the details are loaded again: the new tie is drawn and listed with its evidence.
    await page.waitForFunction((count) => Number(document.getElementById('graph')!.dataset.links) === count + 1, before);
    await details.locator('.quote', { hasText: QUOTE }).waitFor();
    await expect(details.getByRole('button', { name: TO.name, exact: true }).count()).resolves.toBe(1);

    // The path finder now goes there in one step, explained with the new evidence.
    await details.getByRole('button', { name: 'Path from here' }).click();
    await chooseFromCombobox(page, 'To', 'Yorkshire and Humber', /Yorkshire and Humber Academic Health Science Network/);
    await page.getByRole('button', { name: 'Find path' }).click();
    const explanation = page.locator('.explanation').first();
    await explanation.waitFor();
    // The path reads the tie with its start year (issue 13: a dated tie says since when).
    await expect(explanation.textContent()).resolves.toBe(`${SENTENCE.slice(0, -1)} (since 2021).`);
    await expect(page.locator('.path-card').first().locator('.step').count()).resolves.toBe(1);
    await page.locator('.step-evidence summary').first().click();
    await page.locator('.path-card .quote', { hasText: QUOTE }).waitFor();

    // The history says who added it and when.
    await details.locator('summary', { hasText: 'History' }).click();
    const entry = details.locator('.history-item').first();
    await entry.waitFor();
    await expect(entry.locator('.history-what').textContent()).resolves.toBe(`Added a tie: ${SENTENCE.slice(0, -1)}`);
    await expect(entry.locator('.history-meta').textContent()).resolves.toMatch(/ · by the default token$/);
    await waitForSettled(page);
    await current().screenshot('curation-tie-in-path');

    // Deleting asks first, then takes the tie out of the view and the path.
    await details.getByRole('button', { name: `Delete the tie: supports ${TO.name}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this tie?' });
    await expect(confirm.locator('.confirm-sentence').textContent()).resolves.toBe(SENTENCE.slice(0, -1));
    await confirm.getByRole('button', { name: 'Delete tie' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.waitForFunction((count) => Number(document.getElementById('graph')!.dataset.links) === count, before);
    await page.locator('.path-card .path-number').first().waitFor();
    await expect(page.locator('.path-card').first().locator('.step').count()).resolves.toBeGreaterThan(1);
    expect(await shortestPathLength()).toBeGreaterThan(1);

    // Signing out forgets the token and hides the edit controls.
    await page.getByRole('tab', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Access token').waitFor();
    await expect(details.getByRole('button', { name: 'Add tie' }).count()).resolves.toBe(0);
    await expect(page.evaluate(() => Object.values(sessionStorage))).resolves.not.toContain(apiToken());
  });

  it('deletes an organisation after saying what goes with it, and lets go of it in the view', async () => {
    const created = await write('POST', '/api/organisations', { name: TEMPORARY.name, kind: 'charity' });
    temporaryId = ((await created.json()) as { id: string }).id;
    const tied = await write('POST', '/api/ties', {
      type: 'SUPPORTS', source: temporaryId, target: TEMPORARY.tiedTo, evidence: [{ source: 'ltht-partners', quote: 'We work closely with our local partners' }],
    });
    expect(tied.status).toBe(201);
    const page = await open(`/?sel=${temporaryId}`);
    await signIn(page);
    const details = page.locator('#details');
    await details.locator('h2', { hasText: TEMPORARY.name }).waitFor();
    await details.getByRole('button', { name: 'Delete organisation' }).click();
    const confirm = page.getByRole('dialog', { name: `Delete ${TEMPORARY.name}?` });
    await expect(confirm.locator('.confirm-sentence').textContent()).resolves.toBe(`${TEMPORARY.name} and its 1 tie.`);
    await expect(confirm.getByRole('button', { name: 'Cancel' }).evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await current().screenshot('curation-delete-organisation');
    await confirm.getByRole('button', { name: 'Delete organisation' }).click();
    await confirm.waitFor({ state: 'detached' });
    await details.locator('h2', { hasText: TEMPORARY.name }).waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
    expect((await fetch(`${baseUrl()}/api/organisations/${temporaryId}`)).status).toBe(404);
    const other = (await (await fetch(`${baseUrl()}/api/organisations/${TEMPORARY.tiedTo}`)).json()) as { ties: Array<{ other: { id: string } }> };
    expect(other.ties.some((tie) => tie.other.id === temporaryId)).toBe(false);
    temporaryId = null;
  });

  it('checks an import file row by row on a phone, and will not apply it while a row is rejected', async () => {
    const page = await open('/', { width: 390, height: 844 });
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await signIn(page);
    await page.getByRole('button', { name: 'Import a file…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import organisations and ties' });
    await dialog.waitFor();
    const file = {
      nodes: [
        { id: 'e2e-import-charity', name: 'E2E Import Charity', kind: 'charity', aliases: [] },
        { id: 'e2e-import-unknown', name: 'An organisation of an unknown kind', kind: 'spaceship', aliases: [] },
      ],
      links: [],
    };
    await dialog.getByLabel('File', { exact: true }).setInputFiles({ name: 'organisations.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await dialog.getByRole('button', { name: 'Check file' }).click();
    const table = dialog.getByRole('table', { name: /What the import would do/ });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.first().textContent()).resolves.toMatch(/nodes\[1\].*Rejected.*kind has unknown value "spaceship"/);
    await expect(rows.nth(1).textContent()).resolves.toMatch(/nodes\[0\].*e2e-import-charity.*New/);
    await expect(dialog.locator('.import-summary').textContent()).resolves.toMatch(/1 row is rejected/);
    await expect(dialog.getByRole('button', { name: 'Apply import' }).isDisabled()).resolves.toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await current().screenshot('curation-import-report');
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });
    const stored = await fetch(`${baseUrl()}/api/organisations/e2e-import-charity`);
    expect(stored.status, 'a dry run writes nothing').toBe(404);
  });
});
