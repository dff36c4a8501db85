// What a person sees in the explorer, in a real Chromium against the real server and database: the network drawn,
// search by acronym with evidence, expand, filters, paths explained, exports, shared links, table view, a phone
// screen — and no console errors anywhere.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseFromCombobox, inkOnCanvas, useBrowserPages, waitForGraph, waitForSettled } from './browser.ts';

const { open, openPage, current } = useBrowserPages();

const nodesDrawn = async (page: Page) => Number(await page.getAttribute('#graph', 'data-nodes'));
const linksDrawn = async (page: Page) => Number(await page.getAttribute('#graph', 'data-links'));

describe('the explorer', () => {
  it('draws the whole network on load, with a legend', async () => {
    const page = await open();
    await waitForSettled(page);
    await expect(page.title()).resolves.toBe('Partnership Graph Explorer');
    expect(await nodesDrawn(page)).toBeGreaterThan(20);
    expect(await linksDrawn(page)).toBeGreaterThan(20);
    const ink = await inkOnCanvas(page);
    // Lines, circles and labels: a real drawing covers a visible share of the canvas in several colours.
    expect(ink.inked / ink.sampled).toBeGreaterThan(0.01);
    expect(ink.colours).toBeGreaterThan(8);
    await expect(page.getByRole('group', { name: 'Organisation kinds' }).getByRole('checkbox').count()).resolves.toBeGreaterThan(3);
    await current().screenshot('network-on-load');
  });

  it('finds an organisation by acronym and shows its ties with evidence quotes', async () => {
    const page = await open();
    await chooseFromCombobox(page, 'Search organisations', 'WYAAT', /West Yorkshire Association of Acute Trusts/);
    const details = page.locator('#details');
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('West Yorkshire Association of Acute Trusts');
    await details.locator('.quote').first().waitFor();
    const quote = await details.locator('.quote').first().textContent();
    expect(quote).toMatch(/West Yorkshire Association of Acute Trusts/);
    await expect(details.locator('.source cite').first().textContent()).resolves.toBeTruthy();
    expect(new URL(page.url()).searchParams.get('sel')).toBe('wyaat');
    await current().screenshot('search-wyaat-details');
  });

  it('expands an organisation in place and can undo it', async () => {
    const page = await open('/?centre=wyaat&sel=wyaat');
    await waitForSettled(page);
    const before = await nodesDrawn(page);
    await page.getByRole('button', { name: /Leeds Teaching Hospitals NHS Trust/ }).first().click();
    await page.getByRole('button', { name: 'Expand here' }).click();
    await page.waitForFunction((count) => Number(document.getElementById('graph')!.dataset.nodes) > count, before);
    const after = await nodesDrawn(page);
    expect(after).toBeGreaterThan(before);
    expect(new URL(page.url()).searchParams.get('expand')).toBe('leeds-teaching-hospitals');
    await page.waitForTimeout(600);
    await current().screenshot('expanded-ltht');
    await page.getByRole('button', { name: /Undo expand/ }).click();
    await page.waitForFunction((count) => Number(document.getElementById('graph')!.dataset.nodes) === count, before);
  });

  it('keeps a dragged organisation where it is dropped until the pins are released', async () => {
    const page = await open();
    await waitForSettled(page);
    const canvas = (await page.locator('#graph .graph-canvas').boundingBox())!;
    const start = (await page.evaluate(() => window.explorer!.graph.screenPosition('wyaat')))!;
    await page.mouse.move(canvas.x + start.x, canvas.y + start.y);
    await page.mouse.down();
    await page.mouse.move(canvas.x + start.x + 60, canvas.y + start.y + 40, { steps: 8 });
    await page.mouse.up();
    const release = page.getByRole('button', { name: /Release pins \(1\)/ });
    await release.waitFor();
    await waitForSettled(page);
    const dropped = (await page.evaluate(() => window.explorer!.graph.screenPosition('wyaat')))!;
    expect(Math.abs(dropped.x - (start.x + 60))).toBeLessThan(3);
    expect(Math.abs(dropped.y - (start.y + 40))).toBeLessThan(3);
    await current().screenshot('dragged-and-pinned');
    await release.click();
    await expect(page.getByRole('button', { name: 'Release pins' }).isDisabled()).resolves.toBe(true);
  });

  it('filters a tie type away at once, and keeps the filter in the URL', async () => {
    const page = await open();
    const before = await linksDrawn(page);
    const types = page.getByRole('group', { name: /Tie types/ });
    const partner = types.getByRole('checkbox', { name: /works in partnership with/i });
    await partner.uncheck();
    const after = await linksDrawn(page);
    expect(after).toBeLessThan(before);
    expect(new URL(page.url()).searchParams.get('hideTies')).toBe('PARTNER_OF');
    await waitForSettled(page);
    await current().screenshot('filtered-partner-of');
  });

  it('finds a path between two organisations that are not directly tied and explains it', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Paths' }).click();
    await chooseFromCombobox(page, 'From', 'King Husein', /King Hussein Cancer Center/);
    await chooseFromCombobox(page, 'To', 'Leeds Beckett', /Leeds Beckett University/);
    await page.getByRole('button', { name: 'Find path' }).click();
    const explanation = page.locator('.explanation').first();
    await explanation.waitFor();
    expect(await explanation.textContent()).toMatch(/^King Hussein Cancer Center .+ Leeds Beckett University\.$/);
    await expect(page.locator('.step').count()).resolves.toBeGreaterThan(1);
    await page.waitForTimeout(700);
    await current().screenshot('path-king-hussein-to-leeds-beckett');
  });

  it('says clearly when there is no path within the hops allowed', async () => {
    const page = await open('/?from=king-hussein-cancer-center&to=leeds-beckett-university&hops=1');
    await page.locator('.no-path').waitFor();
    expect(await page.locator('.no-path').textContent()).toMatch(/No path within 1 hop/);
  });

  it('exports GraphML from the server and a PNG and SVG drawn in the page', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Export' }).click();
    const format = page.getByLabel('Format');
    const save = async (value: string) => {
      await format.selectOption(value);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), body: readFileSync(path) };
    };
    const graphml = await save('graphml');
    expect(graphml.name).toMatch(/\.graphml$/);
    expect(graphml.body.toString('utf8')).toContain('<graphml');
    const png = await save('png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.body.length).toBeGreaterThan(10_000);
    const svg = await save('svg');
    expect(svg.body.toString('utf8')).toContain('<svg');
    await current().screenshot('export-panel');
  });

  it('restores the same view from a shared link, and back/forward move through views', async () => {
    const shared = '/?centre=leeds-teaching-hospitals&hideTies=PARTNER_OF&sel=wyaat';
    let page = await open(shared);
    await waitForSettled(page);
    const nodes = await nodesDrawn(page);
    const links = await linksDrawn(page);
    await page.locator('#details h2', { hasText: 'West Yorkshire Association of Acute Trusts' }).waitFor();
    await page.reload();
    await waitForGraph(page);
    expect(await nodesDrawn(page)).toBe(nodes);
    expect(await linksDrawn(page)).toBe(links);
    await page.locator('#details h2', { hasText: 'West Yorkshire Association of Acute Trusts' }).waitFor();
    await expect(page.getByRole('checkbox', { name: /works in partnership with/i }).isChecked()).resolves.toBe(false);
    await waitForSettled(page);
    await current().screenshot('shared-link-restored');

    await page.getByRole('button', { name: 'Whole network' }).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('centre'));
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('centre') === 'leeds-teaching-hospitals');
    page = current().page;
    await page.waitForFunction((count) => Number(document.getElementById('graph')!.dataset.nodes) === count, nodes);
  });

  it('lists the visible organisations and ties in a keyboard-navigable table view', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Table view' }).click();
    const organisations = page.getByRole('table', { name: /Organisations in view/ });
    await organisations.waitFor();
    const rows = organisations.locator('tbody tr');
    expect(await rows.count()).toBe(await nodesDrawn(page));
    const ties = page.getByRole('table', { name: /Ties in view/ });
    await expect(ties.locator('tbody tr').count()).resolves.toBe(await linksDrawn(page));
    // The drawing was read without the ties' evidence; the table reads it and names every tie's source.
    await expect.poll(() => ties.locator('.evidence-cell').count()).toBe(await linksDrawn(page));
    // Keyboard: focus the first row, move down, choose with Enter.
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const chosen = await rows.nth(1).locator('td').first().textContent();
    await page.locator('#details h2', { hasText: chosen! }).waitFor();
    await current().screenshot('table-view');
  });

  it('is readable on a 390 px phone screen', async () => {
    const page = await open('/?sel=leeds-teaching-hospitals', { width: 390, height: 844 });
    await waitForSettled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const canvas = await page.locator('#graph .graph-canvas').boundingBox();
    expect(canvas!.width).toBeGreaterThan(360);
    expect(canvas!.height).toBeGreaterThan(300);
    await page.locator('#details .quote').first().waitFor();
    await current().screenshot('phone-390', { fullPage: true });
  });

  it('says in words when the database is unavailable, retries, and recovers by itself', async () => {
    let failures = 2;
    const opened = await openPage('/', undefined, async (page) => {
      await page.route((url) => url.pathname === '/api/graph', (route) => {
        if (failures-- > 0) {
          return route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ statusCode: 503, error: 'Service Unavailable', message: 'The database is unavailable. Try again shortly.' }) });
        }
        return route.continue();
      });
    });
    const page = opened.page;
    await page.getByRole('alert').filter({ hasText: 'The database is unavailable — retrying.' }).waitFor();
    await opened.screenshot('database-unavailable');
    await waitForGraph(page, 30_000);
    await expect(page.getByText('The database is unavailable').count()).resolves.toBe(0);
    // The browser logs each failed response; those two were the point of this test.
    opened.errors.splice(0, opened.errors.length, ...opened.errors.filter((error) => !/status of 503/.test(error)));
  });

  it('can be used with the keyboard alone: search, then arrow keys across the network', async () => {
    const page = await open();
    await waitForSettled(page);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // search
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('combobox');
    await page.keyboard.type('LTHT');
    await page.getByRole('option', { name: /Leeds Teaching Hospitals/ }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#details h2', { hasText: 'Leeds Teaching Hospitals NHS Trust' }).waitFor();
    await page.locator('#graph .graph-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') !== 'leeds-teaching-hospitals');
    await current().screenshot('keyboard-navigation');
  });
});
