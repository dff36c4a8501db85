// Browser-test helpers: launch Debian's Chromium through playwright-core, open the app served by the global setup,
// collect console errors and page errors (every test fails on any), and save screenshots for people to look at.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    apiToken: string;
  }
}

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));

/** The app's address, from the e2e global setup (tests/setup/test-app-server.ts). */
export function baseUrl(): string {
  return inject('baseUrl').replace(/\/$/, '');
}

/** The e2e server's write token, for signing in to edit. */
export function apiToken(): string {
  return inject('apiToken');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<Buffer>;
  close(): Promise<void>;
}

/** Opens `path` of the app; `prepare` runs before navigation (to route requests, say). */
export async function openPage(browser: Browser, path = '/', viewport = { width: 1280, height: 800 }, prepare?: (page: Page) => Promise<void>): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  await prepare?.(page);
  await page.goto(`${baseUrl()}${path}`);
  return {
    page,
    context,
    errors,
    async screenshot(name, options = {}) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      return page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: options.fullPage ?? false });
    },
    close: () => context.close(),
  };
}

export interface BrowserPages {
  /** Opens `path` and waits until the network is drawn. */
  open(path?: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Opens `path` without waiting for anything; `prepare` runs before navigation. */
  openPage(path?: string, viewport?: { width: number; height: number }, prepare?: (page: Page) => Promise<void>): Promise<OpenedPage>;
  /** The page the running test opened last. */
  current(): OpenedPage;
}

/**
 * Registers the hooks a browser test file needs: one Chromium for the file, and after each test its page closed
 * and the test failed on any console error or page error that page saw.
 */
export function useBrowserPages(): BrowserPages {
  let browser: Browser;
  let opened: OpenedPage | null = null;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const errors = opened?.errors ?? [];
    await opened?.close();
    opened = null;
    expect(errors, 'console errors and page errors').toEqual([]);
  });
  const pages: BrowserPages = {
    async open(path = '/', viewport) {
      const { page } = await pages.openPage(path, viewport);
      await waitForGraph(page);
      return page;
    },
    async openPage(path = '/', viewport, prepare) {
      opened = await openPage(browser, path, viewport, prepare);
      return opened;
    },
    current() {
      if (!opened) throw new Error('No page is open in this test');
      return opened;
    },
  };
  return pages;
}

/** Waits until the network is drawn: organisations loaded and the first layout warmed up. */
export async function waitForGraph(page: Page, timeout = 20_000): Promise<number> {
  await page.waitForFunction(() => {
    const graph = document.getElementById('graph');
    return Boolean(graph && Number(graph.dataset.nodes) > 0 && (graph.dataset.layout === 'running' || graph.dataset.layout === 'settled'));
  }, undefined, { timeout });
  return Number(await page.getAttribute('#graph', 'data-nodes'));
}

/** Waits for the layout to come to rest, so screenshots and pixel checks see the final picture. */
export async function waitForSettled(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForSelector('#graph[data-layout="settled"]', { timeout });
}

/** How many sampled canvas pixels are not background, and how many distinct colours they have. */
export async function inkOnCanvas(page: Page): Promise<{ inked: number; colours: number; sampled: number }> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#graph .graph-canvas');
    if (!canvas) return { inked: 0, colours: 0, sampled: 0 };
    const context = canvas.getContext('2d')!;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<string>();
    let inked = 0;
    let sampled = 0;
    // Every 3rd pixel of every 3rd row: enough to see lines and circles, quick on large canvases.
    for (let y = 0; y < canvas.height; y += 3) {
      for (let x = 0; x < canvas.width; x += 3) {
        const index = (y * canvas.width + x) * 4;
        sampled += 1;
        if (data[index + 3]! > 40) {
          inked += 1;
          colours.add(`${data[index]! >> 4},${data[index + 1]! >> 4},${data[index + 2]! >> 4}`);
        }
      }
    }
    return { inked, colours: colours.size, sampled };
  });
}

/** Types into a combobox and picks the first suggestion with the keyboard, as a person would. */
export async function chooseFromCombobox(page: Page, label: string, text: string, expected: RegExp): Promise<void> {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.fill(text);
  await page.getByRole('option', { name: expected }).first().waitFor({ timeout: 10_000 });
  for (let step = 0; step < 10; step += 1) {
    await input.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    const text = active ? await page.locator(`[id="${active}"]`).textContent() : '';
    if (text && expected.test(text)) {
      await input.press('Enter');
      return;
    }
  }
  throw new Error(`No suggestion matching ${expected} for "${text}"`);
}
