// Extra attributes in the browser: an organisation's own attributes (and its ties') are listed in its details, and the table view
// gains a column for each attribute the visible organisations carry. The test removes what it adds.
import { afterAll, expect, it } from 'vitest';
import { apiToken, baseUrl, useBrowserPages } from './browser.ts';

const ID = 'leeds-hospitals-charity';
const { open } = useBrowserPages();

const headers = () => ({ Authorization: `Bearer ${apiToken()}`, 'Content-Type': 'application/json' });
const organisation = async () => (await (await fetch(`${baseUrl()}/api/organisations/${ID}`)).json()) as { version: number; ties: { id: string }[] };
const patch = async (attributes: Record<string, unknown>, tieAttributes: Record<string, unknown>) => {
  const { version, ties } = await organisation();
  const response = await fetch(`${baseUrl()}/api/organisations/${ID}`, { method: 'PATCH', headers: headers(), body: JSON.stringify({ version, attributes }) });
  expect(response.status).toBe(200);
  const tie = await fetch(`${baseUrl()}/api/ties/${ties[0]!.id}`, { method: 'PATCH', headers: headers(), body: JSON.stringify({ attributes: tieAttributes }) });
  expect(tie.status).toBe(200);
};

afterAll(() => patch({ volunteers: null, focus: null }, { weight: null }));

it('shows an organisation\'s attributes in its details and as table columns', async () => {
  await patch({ volunteers: 120, focus: ['arts', 'wellbeing'] }, { weight: 2 });
  const page = await open(`/?centre=${ID}&sel=${ID}&table=1`);
  const list = page.locator('#details dl.attribute-list').first();
  await list.waitFor();
  expect(await list.locator('dt').allTextContents()).toEqual(['focus', 'volunteers']);
  expect(await list.locator('dd').allTextContents()).toEqual(['arts, wellbeing', '120']);
  const tieList = page.locator('#details li.tie dl.attribute-list');
  expect(await tieList.locator('dt, dd').allTextContents()).toEqual(['weight', '2']);

  const table = page.locator('table', { hasText: 'Organisations in view' });
  await table.getByRole('button', { name: 'volunteers' }).waitFor();
  const row = table.locator(`tr[data-row-id="${ID}"]`);
  expect(await row.locator('td').allTextContents()).toEqual(expect.arrayContaining(['arts, wellbeing', '120']));
});
