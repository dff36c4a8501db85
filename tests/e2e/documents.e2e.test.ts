// Documents in the browser, against the real server and database: a curator reads a short document in, accepts
// the tie it proposes, and finds that tie in a path with the document's sentence as its evidence.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiToken, baseUrl, chooseFromCombobox, useBrowserPages, waitForSettled } from './browser.ts';

const FROM = { id: 'king-hussein-cancer-center', name: 'King Hussein Cancer Center' };
const TO = { id: 'leeds-beckett-university', name: 'Leeds Beckett University' };
const TIE_ID = `${FROM.id}--has-mou-with--${TO.id}`;
const SENTENCE = 'King Hussein Cancer Center signed a memorandum of understanding with Leeds Beckett University.';
const TITLE = 'Amman and Leeds Beckett sign an MoU';
// A document naming an organisation the network does not know under that name: the curator merges it.
const MERGE = {
  title: 'A foundation and Leeds Beckett sign an MoU',
  text: 'Leeds Beckett University signed a memorandum of understanding with the Amman Cancer Foundation.',
  proposed: 'Amman Cancer Foundation',
};
let aliasesBefore: string[] | null = null;
// A document the curator corrects in the list, then deletes.
const EDITED = { title: 'Partnership notes (draft title)', corrected: 'Partnership notes, spring 2024', text: 'Leeds Beckett University and partners met in spring.' };
// A seed tie whose sentence stands near the end of its document, so the reader has to scroll to it.
const SEED = {
  organisation: 'jamaican-ministry-of-health',
  source: 'ltht-partners',
  quote: 'It was a great platform for creating a long lasting relationship with the Jamaican Ministry of Health and globally showcasing critical care at Leeds Teaching Hospitals.',
};

const { open, current } = useBrowserPages();

const write = (method: string, path: string, body?: unknown) => fetch(`${baseUrl()}${path}`, {
  method, headers: { authorization: `Bearer ${apiToken()}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined,
});

afterAll(async () => {
  // What the test added must not stay for the other browser tests: the tie first, then the document it cites.
  await write('DELETE', `/api/ties/${TIE_ID}`).catch(() => {});
  if (aliasesBefore) {
    const { version } = (await (await fetch(`${baseUrl()}/api/organisations/${FROM.id}`)).json()) as { version: number };
    const restored = await write('PATCH', `/api/organisations/${FROM.id}`, { version, aliases: aliasesBefore });
    if (!restored.ok) throw new Error(`could not restore the aliases of ${FROM.id}: ${restored.status}`);
  }
  const sources = (await (await fetch(`${baseUrl()}/api/sources`)).json()) as { sources: { id: string; title: string }[] };
  for (const source of sources.sources.filter((candidate) => [TITLE, MERGE.title, EDITED.title, EDITED.corrected].includes(candidate.title))) await write('DELETE', `/api/sources/${source.id}`).catch(() => {});
});

async function signIn(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Edit' }).click();
  await page.getByLabel('Access token').fill(apiToken());
  await page.getByRole('button', { name: 'Sign in to edit' }).click();
  await page.getByText('Signed in: you can edit.').waitFor();
}

describe('documents', () => {
  it('reads a short document in, accepts the tie it proposes, and finds it in a path with its sentence', async () => {
    const page = await open('/');
    await waitForSettled(page);
    await signIn(page);

    await page.getByLabel('Document title').fill(TITLE);
    await page.getByLabel('Document text').fill(`Partnership news\n${SENTENCE}`);
    await page.getByRole('button', { name: 'Read document' }).click();
    await page.getByText(`Read “${TITLE}”: 1 proposal(s) to review.`).waitFor();
    const proposal = page.locator('.documents-queue .proposal').first();
    await expect(proposal.locator('.quote').textContent()).resolves.toBe(`“${SENTENCE}”`);
    await expect(proposal.getByLabel('Type of tie').inputValue()).resolves.toBe('HAS_MOU_WITH');
    await page.locator('.documents-reader mark.is-open', { hasText: SENTENCE }).waitFor();
    // The organisations the document names are highlighted in the reader.
    await expect(page.locator('.documents-reader .mention').evaluateAll((spans) => spans.map((span) => (span as HTMLElement).dataset.organisation))).resolves.toEqual([FROM.id, TO.id]);
    await current().screenshot('documents-review');

    await proposal.getByRole('button', { name: 'Accept' }).click();
    await page.getByText('Accepted.').waitFor();
    // The sentence now backs a tie: in the reader it leads to it.
    const backing = page.getByRole('button', { name: SENTENCE });
    await backing.waitFor();
    await backing.click();
    await expect(page.evaluate(() => window.explorer!.store.get().selected)).resolves.toBe(FROM.id);

    await page.getByRole('tab', { name: 'Paths' }).click();
    await chooseFromCombobox(page, 'From', 'King Hussein', /King Hussein Cancer Center/);
    await chooseFromCombobox(page, 'To', 'Leeds Beckett', /Leeds Beckett University/);
    await page.getByRole('button', { name: 'Find path' }).click();
    const explanation = page.locator('.explanation').first();
    await explanation.waitFor();
    await expect(explanation.textContent()).resolves.toBe(`${FROM.name} has a memorandum of understanding with ${TO.name}.`);
    await page.locator('.step-evidence summary').first().click();
    await page.locator('.path-card .quote', { hasText: SENTENCE }).waitFor();
    // From the path's evidence back to the sentence in the document.
    await page.locator('.path-card .evidence', { hasText: SENTENCE }).getByRole('button', { name: 'Show in document' }).click();
    await page.locator('.documents-reader .located-passage', { hasText: 'signed a memorandum of understanding with' }).waitFor();
  });

  it('goes from a tie\'s evidence to its place in the document, from the keyboard', async () => {
    const page = await open('/');
    await waitForSettled(page);
    await page.evaluate((id) => window.explorer!.store.update({ selected: id }), SEED.organisation);
    const show = page.locator('#details .evidence', { hasText: SEED.quote }).getByRole('button', { name: 'Show in document' });
    await show.focus();
    await page.keyboard.press('Enter');

    const passage = page.locator('.documents-reader .located-passage');
    await passage.first().waitFor();
    await expect(passage.allTextContents().then((parts) => parts.join('').replace(/\s+/g, ' '))).resolves.toBe(SEED.quote);
    await expect(page.getByLabel('Open document', { exact: true }).inputValue()).resolves.toBe(SEED.source);
    // The passage holds the keyboard and is in view, both in the page and in the reader's own scrolling box.
    await expect(passage.first().evaluate((mark) => document.activeElement === mark)).resolves.toBe(true);
    await expect(passage.first().evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      const reader = mark.closest('.documents-reader')!.getBoundingClientRect();
      return box.top >= Math.max(0, reader.top) && box.bottom <= Math.min(window.innerHeight, reader.bottom);
    })).resolves.toBe(true);
    await current().screenshot('documents-passage');
  });

  it('names the ends of a proposed tie, and merges a proposed organisation into a known one', async () => {
    aliasesBefore = ((await (await fetch(`${baseUrl()}/api/organisations/${FROM.id}`)).json()) as { aliases: string[] }).aliases;
    const page = await open('/');
    await waitForSettled(page);
    await signIn(page);
    await page.getByLabel('Document title').fill(MERGE.title);
    await page.getByLabel('Document text').fill(MERGE.text);
    await page.getByRole('button', { name: 'Read document' }).click();
    await page.getByText(`Read “${MERGE.title}”: 2 proposal(s) to review.`).waitFor();

    const tie = page.locator('.documents-queue .proposal', { has: page.getByLabel('Type of tie') });
    await expect(tie.locator('.proposal-what').evaluate((what) => what.firstChild!.textContent + '|' + what.lastChild!.textContent))
      .resolves.toBe(`${TO.name} | ${MERGE.proposed} (proposed)`);

    const organisation = page.locator('.documents-queue .proposal', { hasText: `New organisation: ${MERGE.proposed}` });
    const toggle = organisation.getByRole('button', { name: 'Merge into…' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await chooseFromCombobox(page, `Merge ${MERGE.proposed} into`, 'King Hussein', /King Hussein Cancer Center/);
    await organisation.scrollIntoViewIfNeeded();
    await current().screenshot('documents-merge');
    await organisation.getByRole('button', { name: 'Merge', exact: true }).press('Enter');
    await page.getByText('Merged.').waitFor();

    // The proposed name is now an alias of the known organisation, and the tie proposal reaches it by name.
    await expect(fetch(`${baseUrl()}/api/organisations/${FROM.id}`).then((answer) => answer.json())).resolves.toMatchObject({ aliases: expect.arrayContaining([MERGE.proposed]) });
    await page.locator('.documents-queue .proposal-what', { hasText: FROM.name }).waitFor();
    await expect(page.locator('.documents-queue .proposal').count()).resolves.toBe(1);
    await expect(tie.locator('.proposal-what').evaluate((what) => what.lastChild!.textContent)).resolves.toBe(` ${FROM.name}`);
  });

  it('edits a stored document\'s title and publisher in the list, and shows why a cited one cannot be deleted', async () => {
    const created = await write('POST', '/api/sources', { title: EDITED.title, text: EDITED.text });
    expect(created.status).toBe(201);
    const { source } = (await created.json()) as { source: { id: string } };
    const page = await open('/');
    await waitForSettled(page);
    await signIn(page);

    const list = page.getByRole('list', { name: 'Stored documents' });
    await list.getByRole('button', { name: `Edit ${EDITED.title}` }).click();
    const editor = page.getByRole('form', { name: `Edit ${EDITED.title}` });
    await editor.getByLabel('Title', { exact: true }).fill(EDITED.corrected);
    await chooseFromCombobox(page, 'Publisher', 'Leeds Beckett', /Leeds Beckett University/);
    await editor.getByLabel('Publication date').fill('2024-04');
    await current().screenshot('documents-edit-source');
    await editor.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`Saved “${EDITED.corrected}”.`).waitFor();
    await list.locator('.source-title', { hasText: EDITED.corrected }).waitFor();
    await expect(list.locator('.source-title', { hasText: EDITED.title }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Open document', { exact: true }).locator(`option[value="${source.id}"]`).textContent()).resolves.toBe(EDITED.corrected);
    await expect(fetch(`${baseUrl()}/api/sources/${source.id}`).then((answer) => answer.json())).resolves
      .toMatchObject({ title: EDITED.corrected, publisher: TO.name, publisherId: TO.id, date: '2024-04' });

    // A cited document: the server's 409 names the ties, and the page shows it as it is.
    page.on('dialog', (dialog) => void dialog.accept());
    await list.getByRole('button', { name: /^Delete We work closely with our local partners/ }).first().click();
    await page.getByText(/is cited by \d+ tie\(s\).*change their evidence first/).waitFor();
    // The refusal is the answer this step expects; the browser logs every 4xx response as an error.
    const { errors } = current();
    errors.splice(0, errors.length, ...errors.filter((error) => !/status of 409/.test(error)));
    await list.getByRole('button', { name: `Delete ${EDITED.corrected}` }).click();
    await page.getByText(`Deleted “${EDITED.corrected}”.`).waitFor();
    await expect(list.locator('.source-title', { hasText: EDITED.corrected }).count()).resolves.toBe(0);
  });

  it('styles its form controls like the rest of the app', async () => {
    const page = await open('/');
    await waitForSettled(page);
    const look = (selector: string) => page.locator(selector).first().evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.backgroundColor, style.color, style.borderTopColor, style.borderTopLeftRadius, style.fontSize, style.fontWeight, style.minHeight].join(' ');
    });
    // The primary action looks like the Export panel's, the fields like the path finder's.
    await expect(look('.documents-form button[type="submit"]')).resolves.toBe(await look('.export-form button[type="submit"]'));
    await expect(look('.documents-form input')).resolves.toBe(await look('#panel-paths .combobox-input'));
    await expect(look('.documents-form textarea')).resolves.toBe(await look('#panel-paths .combobox-input'));
    await expect(look('.documents select')).resolves.toBe(await look('#panel-paths select'));
  });
});
