// Separate networks in a real Chromium: with the Florentine families imported into their own network, the header's
// network selector switches to them (network= in the address), the view shows their 15 families and the legend
// their vocabulary, and switching back shows Leeds again without the parameter; a curator adds a tie type there.
import { describe, expect, it } from 'vitest';
import { apiToken, baseUrl, useBrowserPages, waitForGraph } from './browser.ts';
import { useFlorentineNetwork } from './imported-network.ts';

const { open } = useBrowserPages();
const NETWORK = 'florentine-e2e';
useFlorentineNetwork(NETWORK, 'Florentine families');

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

  it('adds a symmetric tie type to the network shown, from the Edit tab', async () => {
    const page = await open(`/?network=${NETWORK}`);
    await waitForGraph(page);
    await page.getByRole('tab', { name: 'Edit' }).click();
    await page.getByLabel('Access token').fill(apiToken());
    await page.getByRole('button', { name: 'Sign in to edit' }).click();
    await page.getByText('Signed in: you can edit.').waitFor();
    await page.getByLabel('Forward wording').fill('is allied with');
    await page.getByLabel('Same both ways').check();
    await page.getByRole('button', { name: 'Add tie type' }).click();
    await page.getByText('Added the tie type ALLIED_WITH.').waitFor();
    const meta = await (await fetch(`${baseUrl()}/api/meta?network=${NETWORK}`)).json() as { tieTypes: { id: string; label: string; inverseLabel: string; symmetric: boolean }[] };
    expect(meta.tieTypes.at(-1)).toMatchObject({ id: 'ALLIED_WITH', label: 'is allied with', inverseLabel: 'is allied with', symmetric: true });
    expect((await (await fetch(`${baseUrl()}/api/meta`)).json() as { tieTypes: { id: string }[] }).tieTypes.map((type) => type.id)).not.toContain('ALLIED_WITH');
  });
});
