// The network over time in a real Chromium: dragging the timeline takes the 2019 and 2020 ties out of the drawing
// and the keyboard brings them back; a comparison of two years is drawn, listed with evidence, and kept in the URL.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserPages, waitForSettled } from './browser.ts';

const { open, current } = useBrowserPages();

const linksDrawn = async (page: Page) => Number(await page.getAttribute('#graph', 'data-links'));
const asOfInUrl = (page: Page) => new URL(page.url()).searchParams.get('asOf');

describe('the timeline', () => {
  it('follows a drag to an early year and the keyboard back to this year', async () => {
    const page = await open();
    await waitForSettled(page);
    const everything = await linksDrawn(page);
    const slider = page.getByRole('slider', { name: 'As of' });
    const box = (await slider.boundingBox())!;
    // The thumb starts at this year (the right end); drag it to the left end, the earliest year.
    await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + 1, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('asOf'));
    const early = Number(asOfInUrl(page));
    expect(early).toBeLessThan(2019);
    await page.waitForFunction((count) => Number(document.getElementById('graph')!.dataset.links) < count, everything);
    // The seed's six ties of 2019 and January 2020 (and the organisations only they reach) are gone.
    expect(everything - (await linksDrawn(page))).toBeGreaterThanOrEqual(6);
    await expect(page.locator('#timeline output').first().textContent()).resolves.toBe(String(early));

    await slider.focus();
    await page.keyboard.press('End');
    await page.waitForFunction((year) => new URL(location.href).searchParams.get('asOf') === year, String(new Date().getUTCFullYear()));
    await page.waitForFunction((count) => Number(document.getElementById('graph')!.dataset.links) === count, everything);
  });

  it('compares two years: the changes listed with their evidence, drawn in colour, and kept in the URL', async () => {
    const page = await open('/?asOf=2018');
    await waitForSettled(page);
    await page.getByRole('checkbox', { name: 'Compare' }).check();
    const second = page.getByRole('slider', { name: 'Compared with' });
    await second.focus();
    await second.fill('2021');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('compare') === '2018,2021');
    // Ticking Compare first asks for 2018 to this year, which also lists 6 changes: wait for the 2021 answer.
    await page.locator('#timeline .changes h3', { hasText: 'From 2018 to 2021' }).waitFor();
    const changes = page.locator('#timeline .change');
    await changes.nth(5).waitFor();
    expect(await changes.count()).toBe(6);
    await expect(page.locator('#timeline .changes h3').textContent()).resolves.toBe('From 2018 to 2021: 6 ties added, 0 ended');
    const texts = await changes.allTextContents();
    expect(texts.filter((text) => /Lincoln Green/.test(text))).toHaveLength(4);
    expect(texts.some((text) => /Started 2020-01.*fellowship/i.test(text))).toBe(true);
    expect(texts.every((text) => text.includes('“'))).toBe(true);
    await waitForSettled(page);
    await page.waitForTimeout(400);
    await current().screenshot('timeline-compare-2018-2021');

    // The same comparison from a shared link.
    const shared = await open('/?compare=2018,2021');
    await shared.locator('#timeline .change').nth(5).waitFor();
    await expect(shared.getByRole('checkbox', { name: 'Compare' }).isChecked()).resolves.toBe(true);
  });
});
