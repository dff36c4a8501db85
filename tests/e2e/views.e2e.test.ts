// The view's own state in a real Chromium: hidden organisations listed and brought back, undo and redo across
// hide, filters and expand, the drawing re-fitted after organisations leave, arrow keys walking along ties and
// "only this type".
import { copyFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiToken, chooseFromCombobox, useBrowserPages, waitForGraph, waitForSettled } from './browser.ts';

const { open, openPage, current } = useBrowserPages();

const drawn = async (page: Page) => ({
  nodes: Number(await page.getAttribute('#graph', 'data-nodes')),
  links: Number(await page.getAttribute('#graph', 'data-links')),
});
const until = (page: Page, expected: { nodes: number; links: number }) =>
  page.waitForFunction(({ nodes, links }) => {
    const graph = document.getElementById('graph')!;
    return Number(graph.dataset.nodes) === nodes && Number(graph.dataset.links) === links;
  }, expected);
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** Every organisation drawn lies inside the canvas (after the layout has come to rest). */
async function allOnScreen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const { store, graph } = window.explorer!;
    const canvas = document.querySelector('#graph .graph-canvas')!.getBoundingClientRect();
    return store.get().visible.nodes.every((node) => {
      const at = graph.screenPosition(node.id);
      return at !== null && at.x >= 0 && at.y >= 0 && at.x <= canvas.width && at.y <= canvas.height;
    });
  });
}

describe('the view’s own state', () => {
  it('lists hidden organisations from a shared link, shows them again, and undoes and redoes hide, filter and expand', async () => {
    const page = await open('/?centre=leeds-teaching-hospitals&hide=king-hussein-cancer-center');
    await waitForSettled(page);
    const hiddenList = page.locator('.hidden-list > summary');
    await expect(hiddenList.textContent()).resolves.toBe('1 hidden');
    const start = await drawn(page);

    // 1. Show the hidden organisation again from the list.
    await hiddenList.click();
    await current().screenshot('views-hidden-list');
    await page.getByRole('button', { name: 'Show King Hussein Cancer Center again' }).click();
    const shown = { nodes: start.nodes + 1, links: start.links + 1 };
    await until(page, shown);
    await expect(page.locator('.hidden-list').isHidden()).resolves.toBe(true);
    expect(param(page, 'hide')).toBeNull();

    // 2. Filter a tie type away: organisations tied in only by it leave too.
    await page.getByRole('checkbox', { name: /works in partnership with/ }).uncheck();
    await page.waitForFunction((links) => Number(document.getElementById('graph')!.dataset.links) < links, shown.links);
    const filtered = await drawn(page);
    expect(filtered.nodes).toBeLessThan(shown.nodes);
    const stranded = await page.evaluate(() => {
      const { visible } = window.explorer!.store.get();
      const tied = new Set(visible.links.flatMap((link) => [link.source, link.target]));
      return visible.nodes.filter((node) => !tied.has(node.id)).map((node) => node.id);
    });
    expect(stranded).toEqual([]);

    // 3. Expand an organisation in place.
    await chooseFromCombobox(page, 'Search organisations', 'WYAAT', /West Yorkshire Association of Acute Trusts/);
    await page.getByRole('button', { name: 'Expand here' }).click();
    await page.waitForFunction((nodes) => Number(document.getElementById('graph')!.dataset.nodes) > nodes, filtered.nodes);
    const expanded = await drawn(page);

    // Undo takes back the expansion, then the filter, then the showing again; redo puts them back in order.
    const undo = page.getByRole('button', { name: /^Undo / });
    const redo = page.getByRole('button', { name: /^Redo / });
    await expect(undo.getAttribute('aria-label')).resolves.toBe('Undo expand of West Yorkshire Association of Acute Trusts');
    await undo.click();
    await until(page, filtered);
    await expect(undo.getAttribute('aria-label')).resolves.toBe('Undo filter on works in partnership with ties');
    await undo.click();
    await until(page, shown);
    await undo.click();
    await until(page, start);
    await expect(hiddenList.textContent()).resolves.toBe('1 hidden');
    expect(param(page, 'hide')).toBe('king-hussein-cancer-center');
    await expect(page.getByRole('button', { name: 'Undo (nothing to undo)' }).isDisabled()).resolves.toBe(true);

    await redo.click();
    await until(page, shown);
    await redo.click();
    await until(page, filtered);
    // The keyboard does the same: Ctrl+Shift+Z redoes, Ctrl+Z undoes.
    await page.locator('#graph .graph-canvas').focus();
    await page.keyboard.press('Control+Shift+Z');
    await until(page, expanded);
    await page.keyboard.press('Control+Z');
    await until(page, filtered);
    await redo.click();
    await until(page, expanded);
    expect(param(page, 'expand')).toBe('wyaat');
    expect(param(page, 'hideTies')).toBe('PARTNER_OF');
    await expect(page.getByRole('button', { name: 'Redo (nothing to redo)' }).isDisabled()).resolves.toBe(true);
  });

  it('fits the drawing again after hiding an organisation', async () => {
    const page = await open('/');
    await waitForSettled(page);
    // Zoom in far, so that much of the network is off screen, then hide an organisation.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(allOnScreen(page)).resolves.toBe(false);
    const before = await drawn(page);
    await chooseFromCombobox(page, 'Search organisations', 'King Hussein', /King Hussein Cancer Center/);
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await page.waitForFunction((nodes) => Number(document.getElementById('graph')!.dataset.nodes) === nodes - 1, before.nodes);
    await waitForSettled(page);
    await expect.poll(() => allOnScreen(page), { timeout: 5000 }).toBe(true);
    await current().screenshot('views-refit-after-hide');
  });

  it('walks along ties with the arrow keys: an only partner with any arrow, and every step to a partner', async () => {
    const page = await open('/?sel=king-hussein-cancer-center');
    await waitForSettled(page);
    const selected = () => page.evaluate(() => window.explorer!.store.get().selected);
    const tied = (a: string, b: string) => page.evaluate(([one, other]) => window.explorer!.store.get().visible.links
      .some((link) => (link.source === one && link.target === other) || (link.source === other && link.target === one)), [a, b]);
    await page.locator('#graph .graph-canvas').focus();
    // King Hussein Cancer Center's only tie is to Leeds Teaching Hospitals, wherever it lies on screen.
    await page.keyboard.press('ArrowRight');
    await expect.poll(selected).toBe('leeds-teaching-hospitals');
    let from = 'leeds-teaching-hospitals';
    for (const key of ['ArrowUp', 'ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft']) {
      await page.keyboard.press(key);
      await expect.poll(selected).not.toBe(from);
      const to = (await selected())!;
      await expect(tied(from, to), `${key} from ${from} to ${to}`).resolves.toBe(true);
      from = to;
    }
    await expect(page.locator('#graph [aria-live]').textContent()).resolves.toMatch(/ties? in view/);
  });

  it('shows one tie type only, and every type again', async () => {
    const page = await open('/');
    await waitForSettled(page);
    const everything = await drawn(page);
    await page.getByRole('button', { name: 'Only works in partnership with ties', exact: true }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('hideTies')?.split(',').length === 17);
    await page.waitForFunction((links) => Number(document.getElementById('graph')!.dataset.links) < links, everything.links);
    const types = await page.evaluate(() => [...new Set(window.explorer!.store.get().visible.links.map((link) => link.type))]);
    expect(types).toEqual(['PARTNER_OF']);
    await expect(page.getByRole('checkbox', { name: /works in partnership with/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /is a member of/ }).isChecked()).resolves.toBe(false);
    await waitForSettled(page);
    await current().screenshot('views-only-partnership-ties');
    await page.getByRole('button', { name: 'Only works in partnership with ties', exact: true }).click();
    await until(page, everything);
    expect(param(page, 'hideTies')).toBeNull();
  });

  it('says why there is no path when the avoided organisation is an endpoint’s only partner', async () => {
    const page = await open('/?from=king-hussein-cancer-center&to=leeds-beckett-university&avoid=leeds-teaching-hospitals');
    const message = page.locator('#panel-paths .no-path');
    await page.waitForFunction(() => /only partner/.test(document.querySelector('#panel-paths .no-path')?.textContent ?? ''));
    await expect(message.textContent()).resolves.toBe('No path between King Hussein Cancer Center and Leeds Beckett University: '
      + 'the avoided organisation Leeds Teaching Hospitals NHS Trust is King Hussein Cancer Center’s only partner.');
    await current().screenshot('views-no-path-reason-1280');
    // The mode select shows its whole words at 1280 px (k and Max hops move to the next line).
    const select = page.getByLabel('Mode');
    await select.selectOption('k-shortest');
    await current().screenshot('views-path-mode-1280');
    // "k shortest paths" needs about 150 px with the select's arrow; beside k and Max hops it had 90.
    expect((await select.boundingBox())!.width).toBeGreaterThanOrEqual(150);
  });

  it('shows one row of tabs on a phone, and the hidden list within the screen', async () => {
    const page = await open('/?hide=king-hussein-cancer-center', { width: 390, height: 844 });
    await waitForSettled(page);
    await page.locator('.hidden-list > summary').click();
    const popover = (await page.locator('.hidden-popover').boundingBox())!;
    expect(popover.x).toBeGreaterThanOrEqual(0);
    expect(popover.x + popover.width).toBeLessThanOrEqual(390);
    await current().screenshot('views-phone-hidden-list');
    await page.locator('.hidden-list > summary').click();
    await current().screenshot('views-phone', { fullPage: true });
    const bars = await page.evaluate(() => ['#jump-nav', '#side-tabs'].map((selector) => {
      const element = document.querySelector<HTMLElement>(selector);
      return element ? getComputedStyle(element).display !== 'none' && element.offsetHeight > 0 : false;
    }));
    expect(bars.filter(Boolean)).toHaveLength(1);
  });

  it('exports GEXF with every organisation at the position it is drawn (viz:position read back)', async () => {
    const page = await open('/?centre=leeds-teaching-hospitals');
    await waitForSettled(page);
    await page.getByRole('tab', { name: 'Export' }).click();
    await page.getByLabel('Format').selectOption('gexf');
    const drawnAt = await page.evaluate(() => Object.fromEntries(window.explorer!.graph.snapshot().nodes.map(({ node }) => [node.id, [node.x!, node.y!] as const])));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    const xml = readFileSync(await download.path()).toString('utf8');
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'node' });
    const nodes = parser.parse(xml).gexf.graph.nodes.node as Array<{ id: string; 'viz:position': { x: string; y: string } }>;
    expect(nodes.length).toBe(Object.keys(drawnAt).length);
    for (const node of nodes) {
      const [x, y] = drawnAt[node.id]!;
      // GEXF's y axis points up.
      expect(Number(node['viz:position'].x)).toBeCloseTo(x, 1);
      expect(Number(node['viz:position'].y)).toBeCloseTo(-y, 1);
    }
  });

  it('saves a view with a dragged organisation and reopens its short link in a new page with the same picture', async () => {
    const page = await open('/?centre=leeds-teaching-hospitals&asOf=2021');
    await waitForSettled(page);
    await page.getByRole('tab', { name: 'Edit' }).click();
    await page.getByLabel('Access token').fill(apiToken());
    await page.getByRole('button', { name: 'Sign in to edit' }).click();
    await page.getByText('Signed in: you can edit.').waitFor();

    const canvas = (await page.locator('#graph .graph-canvas').boundingBox())!;
    const start = (await page.evaluate(() => window.explorer!.graph.screenPosition('wyaat')))!;
    await page.mouse.move(canvas.x + start.x, canvas.y + start.y);
    await page.mouse.down();
    await page.mouse.move(canvas.x + start.x + 70, canvas.y + start.y - 50, { steps: 8 });
    await page.mouse.up();
    await page.getByRole('button', { name: /Release pins \(1\)/ }).waitFor();
    await waitForSettled(page);

    await page.getByRole('tab', { name: 'Export' }).click();
    await page.getByLabel('View name').fill('LTHT in 2021, WYAAT moved');
    await page.getByRole('button', { name: 'Save view' }).click();
    const linkBox = page.getByLabel('Short link of the saved view');
    await linkBox.waitFor();
    const link = await linkBox.inputValue();
    expect(link).toMatch(/\/v\/[A-Za-z0-9]{10}$/);
    await expect(page.getByRole('link', { name: 'LTHT in 2021, WYAAT moved' }).getAttribute('href')).resolves.toBe(new URL(link).pathname);
    const screenPositions = () => page.evaluate(() => Object.fromEntries(window.explorer!.store.get().visible.nodes.map((node) => [node.id, window.explorer!.graph.screenPosition(node.id)])));
    const saved = await screenPositions();
    await current().screenshot('views-saved-view-before');

    const first = current();
    expect(first.errors).toEqual([]);
    await first.close();
    // A new page (no token in it) opens the short link.
    const reopened = await openPage(new URL(link).pathname);
    await waitForGraph(reopened.page);
    await waitForSettled(reopened.page);
    expect(new URL(reopened.page.url()).searchParams.get('asOf')).toBe('2021');
    expect(new URL(reopened.page.url()).searchParams.get('centre')).toBe('leeds-teaching-hospitals');
    const again = await reopened.page.evaluate(() => Object.fromEntries(window.explorer!.store.get().visible.nodes.map((node) => [node.id, window.explorer!.graph.screenPosition(node.id)])));
    expect(Object.keys(again).sort()).toEqual(Object.keys(saved).sort());
    for (const [id, at] of Object.entries(saved)) {
      expect(Math.abs(again[id]!.x - at!.x), id).toBeLessThan(1);
      expect(Math.abs(again[id]!.y - at!.y), id).toBeLessThan(1);
    }
    await expect(reopened.page.getByRole('button', { name: /Release pins \(1\)/ }).isVisible()).resolves.toBe(true);
    await reopened.screenshot('views-saved-view-reopened');
  });

  it('exports a self-contained web page that works from file:// with no requests: drawn, searchable, with evidence', async () => {
    const page = await open('/');
    await waitForSettled(page);
    await page.getByRole('tab', { name: 'Export' }).click();
    await page.getByLabel('Format').selectOption('html');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'standalone-')), download.suggestedFilename());
    copyFileSync(await download.path(), file);
    expect(file).toMatch(/\.html$/);
    const organisations = Number(await page.getAttribute('#graph', 'data-nodes'));
    const ties = Number(await page.getAttribute('#graph', 'data-links'));
    console.info(`self-contained page: ${organisations} organisations, ${ties} ties, ${statSync(file).size} bytes`);

    const requests: string[] = [];
    const problems: string[] = [];
    const standalone = await current().context.newPage();
    standalone.on('request', (request) => requests.push(request.url()));
    // A Content-Security-Policy violation shows as a console error.
    standalone.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    standalone.on('pageerror', (error) => problems.push(error.message));
    await standalone.goto(pathToFileURL(file).href);
    await standalone.locator('#network .org').first().waitFor();
    await expect(standalone.locator('#network .org').count()).resolves.toBe(organisations);
    await expect(standalone.locator('#network line.tie').count()).resolves.toBe(ties);
    await standalone.getByLabel('Search organisations').fill('King Huss');
    await standalone.locator('#results button', { hasText: 'King Hussein Cancer Center' }).click();
    await expect(standalone.locator('#details h2').textContent()).resolves.toBe('King Hussein Cancer Center');
    await expect(standalone.locator('#details .sentence').first().textContent()).resolves.toMatch(/memorandum of understanding/);
    await expect(standalone.locator('#details blockquote').count()).resolves.toBeGreaterThan(0);
    await expect(standalone.locator('#legend li').count()).resolves.toBeGreaterThan(3);
    await standalone.mouse.move(500, 400);
    await standalone.mouse.wheel(0, -300);
    await standalone.screenshot({ path: fileURLToPath(new URL('./__screenshots__/views-standalone-page.png', import.meta.url)) });
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(problems).toEqual([]);
  });
});
