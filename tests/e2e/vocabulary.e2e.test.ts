// The Vocabulary section of the Edit tab in a real Chromium, on the Florentine families in a network of their own:
// a curator adds a kind, renames the families' kind and sees the new name in the legend and the filters at once,
// sees a 400's problem beside its field, is told (as the server words it) that a kind in use cannot be deleted,
// deletes the unused one, and renames a tie type.
import { describe, expect, it } from 'vitest';
import { apiToken, baseUrl, useBrowserPages, waitForGraph } from './browser.ts';
import { useFlorentineNetwork } from './imported-network.ts';

const { open, current } = useBrowserPages();
const NETWORK = 'vocabulary-e2e';
const kinds = async () => (await (await fetch(`${baseUrl()}/api/meta?network=${NETWORK}`)).json() as { kinds: { id: string; label: string; plural: string }[] }).kinds;
useFlorentineNetwork(NETWORK, 'Florentine vocabulary');

describe('the vocabulary editor', () => {
  it('adds, renames and deletes kinds and renames a tie type, with the server\'s words for an entry in use', async () => {
    const page = await open(`/?network=${NETWORK}`);
    expect(await waitForGraph(page)).toBe(15);
    await page.getByRole('tab', { name: 'Edit' }).click();
    await page.getByLabel('Access token').fill(apiToken());
    await page.getByRole('button', { name: 'Sign in to edit' }).click();
    const kindList = page.getByRole('list', { name: 'Kinds', exact: true });
    await kindList.getByRole('button', { name: 'Edit the kind Family' }).waitFor();

    await page.getByLabel('Kind name').fill('Bank');
    await page.getByLabel('Plural name').fill('Banks');
    await page.getByRole('button', { name: 'Add kind' }).click();
    await page.getByText('Added the kind Bank (bank).').waitFor();
    await kindList.getByRole('button', { name: 'Edit the kind Bank' }).waitFor();
    expect(await kinds()).toContainEqual(expect.objectContaining({ id: 'bank', label: 'Bank', plural: 'Banks' }));

    await page.getByRole('button', { name: 'Edit the kind Family' }).click();
    await page.getByLabel('Kind name').fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const nameError = page.locator('.has-error .field-error');
    await nameError.waitFor();
    expect(await page.getByLabel('Kind name').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Kind name').fill('House');
    await page.getByLabel('Plural name').fill('Houses');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved the kind family.').waitFor();
    await kindList.getByRole('button', { name: 'Edit the kind House' }).waitFor();
    await page.locator('#legend summary').click();
    await expect.poll(() => page.locator('[aria-label="Organisation kinds in view"]').textContent()).toContain('House');
    await expect.poll(() => page.locator('.filter-group').first().textContent()).toContain('Houses');
    expect((await kinds()).find((kind) => kind.id === 'family')).toMatchObject({ label: 'House', plural: 'Houses' });
    await current().screenshot('vocabulary-renamed-kind');

    await page.getByRole('button', { name: 'Delete the kind House' }).click();
    await page.getByText('The kind "family" is used by 15 organisations; change their kind first').waitFor();
    await page.getByRole('button', { name: 'Delete the kind Bank' }).click();
    await page.getByText('Deleted the kind Bank.').waitFor();
    expect((await kinds()).map((kind) => kind.id)).toEqual(['family']);

    // A tie type is edited the same way: a new wording, seen in the filters; one in use is not deleted.
    await page.getByRole('button', { name: 'Edit the tie type is married into' }).click();
    await page.getByLabel('Wording', { exact: true }).fill('is wed into');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved the tie type MARRIED_INTO.').waitFor();
    await expect.poll(() => page.locator('.filter-group').nth(1).textContent()).toContain('is wed into');
    await page.getByRole('button', { name: 'Delete the tie type is wed into' }).click();
    await page.getByText('The tie type "MARRIED_INTO" is used by 20 ties; delete them first').waitFor();

    // The refused save (400) and delete (409) were answered as meant; the browser logs each such answer.
    const { errors } = current();
    errors.splice(0, errors.length, ...errors.filter((error) => !/status of (400|409)/.test(error)));
  });
});
