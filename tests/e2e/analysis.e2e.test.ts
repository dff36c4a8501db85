// Network analysis in a real Chromium on the seeded network: the Analysis tab names the top brokers, sizes and
// colours follow "Size by" and "Colour by" (kept in the URL, with legends), brokers between universities and NHS
// trusts show their roles, common partners come with evidence, the table sorts by betweenness, and a GEXF export
// carries the measures.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GROUP_COLOURS, MAX_RADIUS, MIN_RADIUS } from '../../client/analysis/appearance.ts';
import { chooseFromCombobox, useBrowserPages, waitForSettled } from './browser.ts';

const { open, current } = useBrowserPages();

const TOP_BROKERS = ['leeds-teaching-hospitals', 'leeds-health-and-social-care-hub', 'lincoln-green-employment-and-skills-project', 'leeds-academic-health-partnership'];

/** Radius the drawing gives an organisation now. */
const radiusOf = (page: Page, id: string) => page.evaluate((target) =>
  window.explorer!.graph.snapshot().nodes.find((item) => item.node.id === target)?.node.radius ?? null, id);

/** The canvas pixel at the centre of an organisation, as #rrggbb. */
const pixelAt = (page: Page, id: string) => page.evaluate((target) => {
  const { x, y } = window.explorer!.graph.screenPosition(target)!;
  const [r, g, b] = document.querySelector<HTMLCanvasElement>('#graph .graph-canvas')!.getContext('2d')!.getImageData(Math.round(x), Math.round(y), 1, 1).data;
  return `#${[r, g, b].map((value) => value!.toString(16).padStart(2, '0')).join('')}`;
}, id);

describe('the Analysis tab', () => {
  it('ranks the brokers, sizes by betweenness and colours by community, with legends and the choice in the URL', async () => {
    const page = await open();
    await waitForSettled(page);
    await page.getByRole('tab', { name: 'Analysis' }).click();
    const top = page.locator('.analysis-top li');
    await top.nth(3).waitFor();
    expect(await top.evaluateAll((items) => items.slice(0, 4).map((item) => (item as HTMLElement).dataset.id))).toEqual(TOP_BROKERS);
    await expect(top.first().locator('.analysis-value').textContent()).resolves.toBe('0.706');
    await expect(top.first().getByRole('button').textContent()).resolves.toBe('Leeds Teaching Hospitals NHS Trust');
    await expect(page.locator('#panel-analysis').getByText(/8 communities/).count()).resolves.toBe(1);

    const ltht = await radiusOf(page, 'leeds-teaching-hospitals');
    await page.getByLabel('Size by').selectOption('betweenness');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('size') === 'betweenness');
    await page.waitForFunction((max) => window.explorer!.graph.snapshot().nodes.find((item) => item.node.id === 'leeds-teaching-hospitals')?.node.radius === max, MAX_RADIUS);
    expect(ltht).not.toBe(MAX_RADIUS);
    // An organisation no route passes through shrinks to the smallest size.
    expect(await radiusOf(page, 'leeds-beckett-university')).toBeLessThan(await radiusOf(page, 'leeds-health-and-social-care-hub') as number);
    expect(await page.evaluate((min) => window.explorer!.graph.snapshot().nodes.filter((item) => item.node.radius === min).length, MIN_RADIUS)).toBeGreaterThan(10);
    await expect(page.locator('#panel-analysis .legend-note').textContent()).resolves.toMatch(/Betweenness/);

    await page.getByLabel('Colour by').selectOption('community');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('colour') === 'community');
    const legend = page.locator('#panel-analysis .analysis-legend li');
    await page.waitForFunction(() => document.querySelectorAll('#panel-analysis .analysis-legend li').length === 8);
    expect(await legend.first().textContent()).toMatch(/^Community 1 \(\d+ organisations\)$/);
    await waitForSettled(page);
    await page.waitForTimeout(300);
    // LTHT is drawn in one of the community colours, not its kind's.
    expect(GROUP_COLOURS).toContain(await pixelAt(page, 'leeds-teaching-hospitals'));
    await current().screenshot('analysis-size-betweenness-colour-community');

    // The same drawing from a shared link.
    const shared = await open('/?size=betweenness&colour=community');
    await waitForSettled(shared);
    await shared.waitForFunction((max) => window.explorer!.graph.snapshot().nodes.find((item) => item.node.id === 'leeds-teaching-hospitals')?.node.radius === max, MAX_RADIUS);
  });

  it('lists university–NHS brokers with roles and common partners with evidence, and sorts the table by betweenness', async () => {
    const page = await open();
    await waitForSettled(page);
    await page.getByRole('tab', { name: 'Analysis' }).click();
    const brokers = page.locator('.analysis-brokers tbody tr');
    await brokers.first().waitFor();
    expect(await page.locator('#panel-analysis').getByLabel('From', { exact: true }).inputValue()).toBe('university');
    expect(await page.locator('#panel-analysis').getByLabel('To', { exact: true }).inputValue()).toBe('nhs-trust');
    await expect(brokers.first().textContent()).resolves.toMatch(/Leeds Health and Social Care Hub.*10.*liaison 10/);
    await expect(brokers.nth(1).textContent()).resolves.toMatch(/University of Leeds.*2.*representative 1, gatekeeper 1/);

    await page.locator('.analysis-top').getByRole('button', { name: 'University of Leeds', exact: true }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'university-of-leeds');
    await chooseFromCombobox(page, 'and', 'Leeds Beckett', /Leeds Beckett University/);
    const partner = page.locator('.analysis-partner-list > li');
    await partner.first().waitFor();
    await expect(partner.first().getByRole('button').first().textContent()).resolves.toBe('Leeds Health and Social Care Hub');
    await partner.first().locator('summary').first().click();
    await expect(partner.first().locator('blockquote').first().textContent()).resolves.toMatch(/^“.+”$/);
    await page.locator('.analysis-brokers').scrollIntoViewIfNeeded();
    await current().screenshot('analysis-brokers-and-common-partners');

    await page.getByRole('button', { name: 'Table view' }).click();
    await page.getByRole('button', { name: 'Betweenness' }).click();
    await page.waitForFunction(() => document.querySelector('#table-view .data-table tbody tr')?.getAttribute('data-row-id') === 'leeds-teaching-hospitals');
    await expect(page.locator('#table-view .data-table tbody tr').first().locator('td').nth(5).textContent()).resolves.toBe('0.706');
  });

  it('exports GEXF with each organisation’s measures when asked in the Export tab', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Export' }).click();
    await page.getByLabel('Format').selectOption('gexf');
    await page.getByLabel(/With network measures/).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    const gexf = readFileSync(await download.path()).toString('utf8');
    expect(gexf).toContain('title="betweenness" type="double"');
    expect(gexf).toContain('title="community" type="integer"');
  });
});
