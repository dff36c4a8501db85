// RENDERER BENCHMARK HOOK: drives Debian's Chromium (playwright-core) to the built client served by the app and
// measures frame times (median, p95) while the layout runs and during pan/zoom, and main-thread long tasks (>50 ms),
// for views of N organisations. The client has no `limit` URL parameter, so the first /api/graph request is
// rewritten to carry `limit=N` (the server must allow it: GRAPH_MAX_LIMIT ≥ N).
import { chromium, type Browser, type Page } from 'playwright-core';
import { median, percentile } from './stats.ts';

/** Ties per organisation in the measured views ("1,000 / 5,000 / 10,000 nodes and twice as many links"). */
const LINKS_PER_NODE = 2;
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PhaseFigures {
  frames: number;
  medianMs: number;
  p95Ms: number;
  longTasks: number;
  longestTaskMs: number;
}

export interface RendererResult {
  requested: number;
  nodes: number;
  links: number;
  /** From navigation to the first drawn frame of the network (layout warmed up), ms. */
  firstDrawMs: number;
  /** Until data-layout="settled", ms, or null when it did not settle within the cap. */
  settledMs: number | null;
  layout: PhaseFigures;
  panZoom: PhaseFigures;
  /** From the click on "Expand here" to the first frame drawn with the newcomers, ms (null: nothing to expand). */
  expandMs: number | null;
  /** Of which waiting for /api/graph (resource timing), ms. */
  expandFetchMs: number | null;
  /** Organisations the expansion added. */
  expandAdded: number;
  errors: string[];
}

interface Instrumented {
  __bench?: { frames: number[]; longTasks: { start: number; duration: number }[] };
}

/**
 * Installed before the client's own code: a rAF loop stamping every frame, and a long-task observer. Plain JavaScript
 * text rather than a function, because tsx's transpiled functions reference helpers (`__name`) the page lacks.
 */
const INSTRUMENT = `(() => {
  const bench = { frames: [], longTasks: [] };
  window.__bench = bench;
  const loop = (now) => { bench.frames.push(now); requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no long-task support: counts stay 0 */ }
})();`;

async function figures(page: Page, from: number, to: number): Promise<PhaseFigures> {
  const data = await page.evaluate(() => (window as unknown as Instrumented).__bench!);
  const stamps = data.frames.filter((t) => t >= from && t <= to);
  const deltas = stamps.slice(1).map((t, i) => t - stamps[i]!);
  const tasks = data.longTasks.filter((task) => task.start >= from && task.start <= to);
  return {
    frames: deltas.length,
    medianMs: median(deltas),
    p95Ms: percentile(deltas, 0.95),
    longTasks: tasks.length,
    longestTaskMs: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
  };
}

interface ViewSubgraph {
  nodes: { id: string; name: string; degree: number }[];
  links: { source: string; target: string }[];
}

/**
 * The organisation whose database ties the view shows least of (so expanding it adds the most), among those with at
 * most 300 ties: a person expands a practice or a trust far more often than a national regulator.
 */
function organisationToExpand(view: ViewSubgraph): { id: string; name: string } | null {
  const shown = new Map<string, number>();
  for (const link of view.links) for (const end of [link.source, link.target]) shown.set(end, (shown.get(end) ?? 0) + 1);
  const best = view.nodes.filter((node) => node.degree <= 300)
    .sort((a, b) => (b.degree - (shown.get(b.id) ?? 0)) - (a.degree - (shown.get(a.id) ?? 0)) || a.id.localeCompare(b.id))[0];
  return best ? { id: best.id, name: best.name } : null;
}

/**
 * Selects the organisation through the search box, clicks "Expand here" and times the click to the first frame drawn
 * after the view changed (a requestAnimationFrame queued when the counts change runs after the graph's own draw).
 */
async function measureExpand(page: Page, view: ViewSubgraph): Promise<{ ms: number; fetchMs: number | null; added: number } | null> {
  const target = organisationToExpand(view);
  if (!target) return null;
  const search = page.getByRole('combobox');
  await search.fill(target.name);
  await page.getByRole('option').filter({ hasText: target.name }).first().click();
  const button = page.getByRole('button', { name: 'Expand here' });
  await button.waitFor({ timeout: 30_000 });
  // Plain text, like INSTRUMENT: a transpiled function would reference helpers the page lacks.
  const timing = page.evaluate(`new Promise((resolve) => {
    const graph = document.getElementById('graph');
    const before = graph.dataset.nodes + ' ' + graph.dataset.links;
    let clickedAt = null;
    document.addEventListener('click', () => { clickedAt ??= performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      // The counts are rewritten on every update, changed or not: only a real change is the expansion arriving.
      if (clickedAt === null || graph.dataset.nodes + ' ' + graph.dataset.links === before) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const fetched = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/api/graph?centre=')).at(-1);
        resolve({ ms: performance.now() - clickedAt, fetchMs: fetched ? fetched.duration : null, added: Number(graph.dataset.nodes) - Number(before.split(' ')[0]) });
      });
    });
    observer.observe(graph, { attributes: true, attributeFilter: ['data-nodes', 'data-links'] });
    setTimeout(() => { observer.disconnect(); resolve(null); }, 30000);
  })`) as Promise<{ ms: number; fetchMs: number | null; added: number } | null>;
  await button.click();
  return timing;
}

const now = (page: Page) => page.evaluate(() => performance.now());

export async function measureView(browser: Browser, baseUrl: string, n: number, options: { layoutCapMs: number; panZoomMs: number }): Promise<RendererResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  let view: ViewSubgraph | null = null;
  try {
    await page.addInitScript({ content: INSTRUMENT });
    // The whole-network view asks for /api/graph without a centre: give it N organisations and, as the issue sets
    // the workload, twice as many ties (the best-connected N of the national network share about four per organisation).
    await page.route((url) => url.pathname === '/api/graph', async (route) => {
      const url = new URL(route.request().url());
      if (url.searchParams.has('centre')) return route.continue();
      url.searchParams.set('limit', String(n));
      const response = await route.fetch({ url: url.toString() });
      const subgraph = await response.json() as ViewSubgraph;
      subgraph.links = subgraph.links.slice(0, n * LINKS_PER_NODE);
      view = subgraph;
      return route.fulfill({ response, json: subgraph });
    });
    await page.goto(`${baseUrl}/`);
    await page.waitForFunction(() => Number(document.getElementById('graph')?.dataset.nodes ?? 0) > 0, undefined, { timeout: 120_000 });
    const loaded = await now(page);
    await page.waitForFunction(() => ['running', 'settled'].includes(document.getElementById('graph')?.dataset.layout ?? ''), undefined, { timeout: options.layoutCapMs });
    const firstDraw = await now(page);
    const settledAt = await page.waitForSelector('#graph[data-layout="settled"]', { timeout: options.layoutCapMs })
      .then(() => now(page), () => null);
    const layoutEnd = settledAt ?? (await now(page));
    const layout = await figures(page, loaded, layoutEnd);

    // Pan (drag across the canvas) and zoom (wheel in and out) for a fixed time, as a person exploring would.
    const box = (await page.locator('#graph canvas').boundingBox())!;
    const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
    const panStart = await now(page);
    const until = Date.now() + options.panZoomMs;
    for (let round = 0; Date.now() < until; round++) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let step = 1; step <= 20; step++) await page.mouse.move(cx + Math.sin(step / 3 + round) * 200, cy + Math.cos(step / 4) * 120);
      await page.mouse.up();
      for (let step = 0; step < 10; step++) await page.mouse.wheel(0, step < 5 ? -120 : 120);
    }
    const panEnd = await now(page);
    const panZoom = await figures(page, panStart, panEnd);
    const graph = page.locator('#graph');
    const nodes = Number(await graph.getAttribute('data-nodes'));
    const links = Number(await graph.getAttribute('data-links'));
    const expand = view ? await measureExpand(page, view) : null;
    return {
      requested: n,
      nodes,
      links,
      firstDrawMs: firstDraw,
      settledMs: settledAt,
      layout,
      panZoom,
      expandMs: expand?.ms ?? null,
      expandFetchMs: expand?.fetchMs ?? null,
      expandAdded: expand?.added ?? 0,
      errors,
    };
  } finally {
    await context.close();
  }
}

/** Figure by figure, the median of several runs of one view size. */
function medianRun(runs: readonly RendererResult[]): RendererResult {
  const phase = (pick: (run: RendererResult) => PhaseFigures): PhaseFigures => ({
    frames: median(runs.map((run) => pick(run).frames)),
    medianMs: median(runs.map((run) => pick(run).medianMs)),
    p95Ms: median(runs.map((run) => pick(run).p95Ms)),
    longTasks: median(runs.map((run) => pick(run).longTasks)),
    longestTaskMs: median(runs.map((run) => pick(run).longestTaskMs)),
  });
  const settled = runs.map((run) => run.settledMs);
  const present = (values: (number | null)[]) => values.filter((value): value is number => value !== null);
  const expands = present(runs.map((run) => run.expandMs));
  const fetches = present(runs.map((run) => run.expandFetchMs));
  return {
    ...runs[0]!,
    firstDrawMs: median(runs.map((run) => run.firstDrawMs)),
    settledMs: settled.includes(null) ? null : median(settled as number[]),
    layout: phase((run) => run.layout),
    panZoom: phase((run) => run.panZoom),
    expandMs: expands.length ? median(expands) : null,
    expandFetchMs: fetches.length ? median(fetches) : null,
    expandAdded: median(runs.map((run) => run.expandAdded)),
    errors: runs.flatMap((run) => run.errors),
  };
}

export async function benchRenderer(baseUrl: string, sizes: readonly number[], log: (line: string) => void, options = { layoutCapMs: 60_000, panZoomMs: 5_000, runs: 3 }): Promise<RendererResult[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const results: RendererResult[] = [];
  try {
    for (const n of sizes) {
      const runs: RendererResult[] = [];
      for (let run = 0; run < options.runs; run++) runs.push(await measureView(browser, baseUrl, n, options));
      const result = medianRun(runs);
      log(`  ${n} requested → ${result.nodes} nodes / ${result.links} links (median of ${runs.length}): first draw ${result.firstDrawMs.toFixed(0)} ms, layout frames p50 ${result.layout.medianMs.toFixed(1)} / p95 ${result.layout.p95Ms.toFixed(1)} ms, ${result.layout.longTasks} long tasks; pan/zoom p50 ${result.panZoom.medianMs.toFixed(1)} / p95 ${result.panZoom.p95Ms.toFixed(1)} ms, ${result.panZoom.longTasks} long tasks; expand ${result.expandMs?.toFixed(0) ?? '–'} ms (API ${result.expandFetchMs?.toFixed(0) ?? '–'} ms, +${result.expandAdded})`);
      results.push(result);
    }
  } finally {
    await browser.close();
  }
  return results;
}
