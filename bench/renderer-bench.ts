// RENDERER BENCHMARK HOOK: drives Debian's Chromium (playwright-core) to the built client served by the app and
// measures the first picture after the data arrives, frame times (median, p95) while the layout runs and during
// pan/zoom, main-thread long tasks (>50 ms), the settled layout's quality, and the same for `force-graph` drawing the
// same graph in the same browser (force-graph-peer.ts), alternating with ours. The client has no `limit` URL
// parameter, so the first /api/graph request is rewritten to carry `limit=N` (the server must allow it).
import { chromium, type Browser, type Page } from 'playwright-core';
import { measureForceGraph, type PeerResult } from './force-graph-peer.ts';
import type { LayoutQuality, PlacedNode } from './layout-quality.ts';
import { figures, INSTRUMENT, panAndZoom, qualityOf, startFigures, type DrawingFigures, type Instrumented, type PhaseFigures, type DrawnNode, type ViewSubgraph } from './page-figures.ts';
import { median } from './stats.ts';

/** Ties per organisation in the measured views ("1,000 / 5,000 / 10,000 nodes and twice as many links"). */
const LINKS_PER_NODE = 2;
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Ours settles at data-layout="settled". */
export interface RendererResult extends DrawingFigures {
  requested: number;
  nodes: number;
  links: number;
  /** From the click on "Expand here" to the first frame drawn with the newcomers, ms (null: nothing to expand). */
  expandMs: number | null;
  /** Of which waiting for /api/graph (resource timing), ms. */
  expandFetchMs: number | null;
  /** Organisations the expansion added. */
  expandAdded: number;
  /** force-graph on the same graph in the same browser, measured right after ours. */
  peer: PeerResult | null;
  errors: string[];
}


/** Where the explorer drew everything (window.explorer.graph), as plain text for the same reason as INSTRUMENT. */
const PLACED = `(() => {
  const snapshot = window.explorer.graph.snapshot();
  const index = new Map(snapshot.nodes.map((item, position) => [item.node.id, position]));
  return {
    nodes: snapshot.nodes.map((item) => ({ x: item.node.x, y: item.node.y, radius: item.node.radius })),
    links: snapshot.links.map((item) => [index.get(item.link.source.id), index.get(item.link.target.id)]),
  };
})()`;

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
  const search = page.getByRole('combobox', { name: 'Search organisations', exact: true });
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

/** Where the explorer draws each organisation now (the zoom from two of them), plain text for the same reason as INSTRUMENT. */
export const DRAWN = `(() => {
  const graph = window.explorer.graph;
  const placed = graph.snapshot().nodes.map((item) => ({ node: item.node, at: graph.screenPosition(item.node.id) })).filter((item) => item.at);
  const [a, b] = placed;
  const k = a && b ? Math.hypot(a.at.x - b.at.x, a.at.y - b.at.y) / Math.hypot(a.node.x - b.node.x, a.node.y - b.node.y) : 1;
  return placed.map((item) => ({ x: item.at.x, y: item.at.y, r: item.node.radius * k }));
})()`;

const now = (page: Page) => page.evaluate(() => performance.now());

export async function measureView(browser: Browser, baseUrl: string, n: number, options: { layoutCapMs: number; panZoomMs: number }): Promise<{ result: RendererResult; view: ViewSubgraph | null }> {
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
      // On a busy machine the big read can time out (504): ask again rather than measure an error page.
      for (let attempt = 1; ; attempt++) {
        const response = await route.fetch({ url: url.toString(), timeout: 120_000 });
        if (!response.ok() && attempt < 3) continue;
        if (!response.ok()) return route.fulfill({ response });
        const subgraph = await response.json() as ViewSubgraph;
        subgraph.links = subgraph.links.slice(0, n * LINKS_PER_NODE);
        view = subgraph;
        return route.fulfill({ response, json: subgraph });
      }
    });
    await page.goto(`${baseUrl}/`);
    await page.waitForFunction(() => (window as unknown as Instrumented).__bench?.firstDrawAt != null, undefined, { timeout: 120_000 });
    const firstDrawAt = await page.evaluate(() => (window as unknown as Instrumented).__bench!.firstDrawAt!);
    // The whole-network answer (no centre) finished arriving: the page has its data from here on.
    const arrived = await page.evaluate(`performance.getEntriesByType('resource').find((entry) => entry.name.includes('/api/graph') && !entry.name.includes('centre='))?.responseEnd ?? null`) as number | null;
    const dataAt = arrived ?? firstDrawAt;
    const settledAt = await page.waitForSelector('#graph[data-layout="settled"]', { timeout: options.layoutCapMs })
      .then(() => now(page), () => null);
    const layoutEnd = settledAt ?? (await now(page));
    const layout = await figures(page, firstDrawAt, layoutEnd);
    const start = await startFigures(page, dataAt, firstDrawAt + 2000);
    const quality = qualityOf(await page.evaluate(PLACED) as { nodes: PlacedNode[]; links: Array<[number, number]> });

    const panStart = await now(page);
    await panAndZoom(page, '#graph .graph-canvas', options.panZoomMs, await page.evaluate(DRAWN) as DrawnNode[]);
    const panEnd = await now(page);
    const panZoom = await figures(page, panStart, panEnd);
    const graph = page.locator('#graph');
    const nodes = Number(await graph.getAttribute('data-nodes'));
    const links = Number(await graph.getAttribute('data-links'));
    const expand = view ? await measureExpand(page, view) : null;
    const result: RendererResult = {
      requested: n,
      nodes,
      links,
      firstDrawMs: firstDrawAt - dataAt,
      start,
      settledMs: settledAt === null ? null : settledAt - dataAt,
      quality,
      layout,
      panZoom,
      expandMs: expand?.ms ?? null,
      expandFetchMs: expand?.fetchMs ?? null,
      expandAdded: expand?.added ?? 0,
      peer: null,
      errors,
    };
    return { result, view: view as ViewSubgraph | null };
  } finally {
    await context.close();
  }
}

/** Figure by figure, the median of several runs (of one view size, or of the peer on it). */
export function medianPhase<T>(runs: readonly T[], pick: (run: T) => PhaseFigures): PhaseFigures {
  return {
    frames: median(runs.map((run) => pick(run).frames)),
    medianMs: median(runs.map((run) => pick(run).medianMs)),
    p95Ms: median(runs.map((run) => pick(run).p95Ms)),
    longTasks: median(runs.map((run) => pick(run).longTasks)),
    longestTaskMs: median(runs.map((run) => pick(run).longestTaskMs)),
    pictures: median(runs.map((run) => pick(run).pictures)),
    pictureMedianMs: median(runs.map((run) => pick(run).pictureMedianMs)),
    pictureP95Ms: median(runs.map((run) => pick(run).pictureP95Ms)),
  };
}

export function medianQuality(values: ReadonlyArray<LayoutQuality | null>): LayoutQuality | null {
  const present = values.filter((value): value is LayoutQuality => value !== null);
  if (!present.length) return null;
  return {
    edgeLengthCv: median(present.map((value) => value.edgeLengthCv)),
    overlappingPairs: median(present.map((value) => value.overlappingPairs)),
    overlappedShare: median(present.map((value) => value.overlappedShare)),
  };
}

/** The median of a figure that may be missing (not settled within the cap): missing in any run is missing. */
export function medianOrNull(values: ReadonlyArray<number | null>): number | null {
  return values.includes(null) ? null : median(values as number[]);
}

function medianPeer(peers: readonly PeerResult[]): PeerResult | null {
  if (!peers.length) return null;
  return {
    firstDrawMs: median(peers.map((peer) => peer.firstDrawMs)),
    start: { longTasks: median(peers.map((peer) => peer.start.longTasks)), longestTaskMs: median(peers.map((peer) => peer.start.longestTaskMs)) },
    settledMs: medianOrNull(peers.map((peer) => peer.settledMs)),
    quality: medianQuality(peers.map((peer) => peer.quality)),
    layout: medianPhase(peers, (peer) => peer.layout),
    panZoom: medianPhase(peers, (peer) => peer.panZoom),
    errors: peers.flatMap((peer) => peer.errors),
  };
}

function medianRun(runs: readonly RendererResult[]): RendererResult {
  const present = (values: (number | null)[]) => values.filter((value): value is number => value !== null);
  const expands = present(runs.map((run) => run.expandMs));
  const fetches = present(runs.map((run) => run.expandFetchMs));
  return {
    ...runs[0]!,
    firstDrawMs: median(runs.map((run) => run.firstDrawMs)),
    start: { longTasks: median(runs.map((run) => run.start.longTasks)), longestTaskMs: median(runs.map((run) => run.start.longestTaskMs)) },
    settledMs: medianOrNull(runs.map((run) => run.settledMs)),
    quality: medianQuality(runs.map((run) => run.quality)),
    layout: medianPhase(runs, (run) => run.layout),
    panZoom: medianPhase(runs, (run) => run.panZoom),
    expandMs: expands.length ? median(expands) : null,
    expandFetchMs: fetches.length ? median(fetches) : null,
    expandAdded: median(runs.map((run) => run.expandAdded)),
    peer: medianPeer(runs.flatMap((run) => (run.peer ? [run.peer] : []))),
    errors: runs.flatMap((run) => run.errors),
  };
}

const quality = (value: LayoutQuality | null) => (value ? `tie-length CV ${value.edgeLengthCv.toFixed(2)}, ${(value.overlappedShare * 100).toFixed(1)}% overlapped` : 'quality –');

export interface RendererOptions {
  layoutCapMs: number;
  panZoomMs: number;
  runs: number;
  /** Measure force-graph on the same graph after each of our runs. */
  peer: boolean;
}

export async function benchRenderer(baseUrl: string, sizes: readonly number[], log: (line: string) => void, options: RendererOptions = { layoutCapMs: 60_000, panZoomMs: 5_000, runs: 3, peer: true }): Promise<RendererResult[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const results: RendererResult[] = [];
  try {
    for (const n of sizes) {
      const runs: RendererResult[] = [];
      for (let run = 0; run < options.runs; run++) {
        try {
          // Ours, then theirs on the very graph ours was given: load from elsewhere falls on both in turn.
          const { result, view } = await measureView(browser, baseUrl, n, options);
          if (options.peer && view) result.peer = await measureForceGraph(browser, view, options);
          runs.push(result);
        } catch (error) {
          // A round lost to a busy machine (the big read timing out, say) costs that round, not the other sizes.
          log(`  ${n}: round ${run + 1} failed: ${(error as Error).message.split('\n')[0]}`);
        }
      }
      if (!runs.length) continue;
      const result = medianRun(runs);
      const settled = (value: number | null) => (value === null ? 'not settled' : `settled ${value.toFixed(0)} ms`);
      log(`  ${n} requested → ${result.nodes} nodes / ${result.links} links (median of ${runs.length}): first draw ${result.firstDrawMs.toFixed(0)} ms after the data (${result.start.longTasks} long tasks at start, longest ${result.start.longestTaskMs.toFixed(0)} ms), ${settled(result.settledMs)}, ${quality(result.quality)}; layout frames p50 ${result.layout.medianMs.toFixed(1)} / p95 ${result.layout.p95Ms.toFixed(1)} ms, ${result.layout.longTasks} long tasks; pan/zoom p50 ${result.panZoom.medianMs.toFixed(1)} / p95 ${result.panZoom.p95Ms.toFixed(1)} ms, ${result.panZoom.longTasks} long tasks; expand ${result.expandMs?.toFixed(0) ?? '–'} ms (API ${result.expandFetchMs?.toFixed(0) ?? '–'} ms, +${result.expandAdded})`);
      const peer = result.peer;
      if (peer) log(`    force-graph: first draw ${peer.firstDrawMs.toFixed(0)} ms (${peer.start.longTasks} long tasks at start, longest ${peer.start.longestTaskMs.toFixed(0)} ms), ${settled(peer.settledMs)}, ${quality(peer.quality)}; layout frames p50 ${peer.layout.medianMs.toFixed(1)} / p95 ${peer.layout.p95Ms.toFixed(1)} ms; pan/zoom p50 ${peer.panZoom.medianMs.toFixed(1)} / p95 ${peer.panZoom.p95Ms.toFixed(1)} ms`);
      results.push(result);
    }
  } finally {
    await browser.close();
  }
  return results;
}
