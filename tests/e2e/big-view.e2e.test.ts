// A view above 300 organisations in a real Chromium: laid out and drawn in workers (the drawing on a canvas of its
// own under the interactive one), yet clicked, hovered and zoomed as a small one; switching to a small network
// draws on the main thread again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inkOnCanvas, useBrowserPages, waitForGraph, waitForSettled } from './browser.ts';
import { useImportedNetwork } from './imported-network.ts';

const { open, current } = useBrowserPages();
const NETWORK = 'big-view-e2e';
const SIZE = 400;

/** Rings of 20 linked in a ladder: 400 organisations and 800 ties, each tie with its (generated) evidence. */
function bigNetwork(): string {
  const evidence = [{ url: 'https://example.org/generated-network', note: 'Generated for the browser test of big views.' }];
  const nodes = Array.from({ length: SIZE }, (_, index) => ({ id: `unit-${index}`, name: `Unit ${index}`, kind: 'unit' }));
  const links = nodes.flatMap((_, index) => [
    { source: `unit-${index}`, target: `unit-${index - (index % 20) + ((index + 1) % 20)}`, type: 'LINKED_TO', evidence },
    { source: `unit-${index}`, target: `unit-${(index + 20) % SIZE}`, type: 'LINKED_TO', evidence },
  ]);
  return JSON.stringify({
    vocabulary: {
      kinds: [{ id: 'unit', label: 'Unit', plural: 'Units', colour: '#2f8f83' }],
      tieTypes: [{ id: 'LINKED_TO', label: 'is linked to', inverseLabel: 'is linked from', colour: '#7b5ea7', dash: [] }],
    },
    nodes,
    links,
  });
}
useImportedNetwork(NETWORK, 'A big generated network', bigNetwork);

/** Non-background pixels of what is on screen in the graph area (a screenshot: the worker's canvas cannot be read). */
async function inkOnScreen(page: Page): Promise<number> {
  const png = await page.locator('#graph').screenshot();
  return page.evaluate(async (bytes) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let inked = 0;
    for (let index = 0; index < data.length; index += 4 * 3) if (data[index]! + data[index + 1]! + data[index + 2]! < 700) inked += 1;
    return inked;
  }, [...png]);
}

const pictures = (page: Page) => page.evaluate(() => (window as unknown as { pictures: number }).pictures);

describe('a view of more than 300 organisations', () => {
  it('is drawn by a worker and answers clicks, zoom and a switch to a small network', async () => {
    const page = await open(`/?network=${NETWORK}`);
    await page.evaluate(() => {
      const counter = window as unknown as { pictures: number };
      counter.pictures = 0;
      document.addEventListener('picturedrawn', () => { counter.pictures += 1; }, { capture: true });
    });
    expect(await waitForGraph(page)).toBe(SIZE);
    await waitForSettled(page, 30_000);
    // The interactive canvas stays empty; the picture on screen comes from the worker's canvas.
    expect((await inkOnCanvas(page)).inked).toBe(0);
    await page.waitForTimeout(300);
    expect(await inkOnScreen(page)).toBeGreaterThan(2000);
    await current().screenshot('big-view');

    // A click finds the organisation under the pointer on the main thread, as in a small view.
    const canvas = (await page.locator('#graph .graph-canvas').boundingBox())!;
    const at = (await page.evaluate(() => window.explorer!.graph.screenPosition('unit-7')))!;
    await page.mouse.click(canvas.x + at.x, canvas.y + at.y);
    await page.locator('#details h2', { hasText: 'Unit 7' }).waitFor();

    // Zooming redraws (the worker tells the page each time a picture reaches the screen).
    const before = await pictures(page);
    await page.mouse.move(canvas.x + 5, canvas.y + 5);
    for (let step = 0; step < 3; step += 1) await page.mouse.wheel(0, -200);
    await page.waitForFunction((count) => (window as unknown as { pictures: number }).pictures > count, before);

    // A small network is drawn on the main thread again, and the worker's canvas is emptied.
    await page.locator('#network-select').selectOption('leeds');
    await page.waitForFunction(() => Number(document.getElementById('graph')!.dataset.nodes) < 300);
    await waitForSettled(page);
    await page.waitForTimeout(300);
    expect((await inkOnCanvas(page)).inked).toBeGreaterThan(500);
    await current().screenshot('big-view-then-leeds');
  });
});
