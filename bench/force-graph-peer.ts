// The renderer bench's reference: the `force-graph` library (devDependency, bench only) drawing the graph our view
// was given, in a page of its own in the same Chromium with the same viewport, measured the way ours is.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PlacedNode } from './layout-quality.ts';
import { figures, INSTRUMENT, panAndZoom, qualityOf, startFigures, type DrawingFigures, type DrawnNode, type ViewSubgraph } from './page-figures.ts';

/** The peer's figures (its data parsed in the page, as ours parses its response; settled when force-graph's engine
 * stops, its own cooldown of 15 s by default). */
export interface PeerResult extends DrawingFigures {
  errors: string[];
}

// The package exports only its module entry; the browser build (UMD, global ForceGraph) lies beside it.
const DIST = dirname(createRequire(import.meta.url).resolve('force-graph'));
const SCRIPT = join(DIST, 'force-graph.min.js');
export const FORCE_GRAPH_VERSION = (JSON.parse(readFileSync(join(DIST, '..', 'package.json'), 'utf8')) as { version: string }).version;

/** Plain text (see INSTRUMENT): parses the data, then lets force-graph draw it with its defaults. */
const START = `(() => {
  const peer = { dataAt: performance.now(), firstDrawAt: null, settledAt: null };
  window.__peer = peer;
  const data = JSON.parse(window.__peerData);
  window.__graph = ForceGraph()(document.getElementById('graph'))
    .width(innerWidth).height(innerHeight)
    // It draws on the main thread in the frame: each drawn frame is a picture, as ours count theirs.
    .onRenderFramePost(() => {
      peer.firstDrawAt ??= performance.now();
      document.dispatchEvent(new CustomEvent('picturedrawn', { detail: { at: performance.now(), ms: 0 } }));
    })
    // Ours fits the whole drawing to the screen; theirs starts at zoom 1 around the origin. Fitted when it stops,
    // both pan and zoom over the whole picture (what lies off screen costs a canvas almost nothing).
    .onEngineStop(() => { if (peer.settledAt === null) { peer.settledAt = performance.now(); window.__graph.zoomToFit(0, 40); } })
    .graphData(data);
})()`;

/** force-graph's nodes carry x, y; a node is drawn with radius nodeRelSize (4) × √val (1). */
const PLACED = `(() => {
  const { nodes, links } = window.__graph.graphData();
  const index = new Map(nodes.map((node, position) => [node, position]));
  return { nodes: nodes.map((node) => ({ x: node.x, y: node.y, radius: 4 })), links: links.map((link) => [index.get(link.source), index.get(link.target)]) };
})()`;

/** Where force-graph draws each node now (see DRAWN in renderer-bench.ts). */
const DRAWN = `window.__graph.graphData().nodes.map((node) => ({ ...window.__graph.graph2ScreenCoords(node.x, node.y), r: 4 * window.__graph.zoom() }))`;

interface PeerState {
  __peer?: { dataAt: number; firstDrawAt: number | null; settledAt: number | null };
}

export async function measureForceGraph(browser: Browser, view: ViewSubgraph, options: { layoutCapMs: number; panZoomMs: number }): Promise<PeerResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.setContent('<!doctype html><html><body style="margin:0;overflow:hidden"><div id="graph"></div></body></html>');
    await page.evaluate(INSTRUMENT);
    await page.addScriptTag({ path: SCRIPT });
    const data = JSON.stringify({ nodes: view.nodes.map(({ id, name }) => ({ id, name })), links: view.links.map(({ source, target }) => ({ source, target })) });
    await page.evaluate((json) => { (window as unknown as { __peerData: string }).__peerData = json; }, data);
    await page.evaluate(START);
    await page.waitForFunction(() => (window as unknown as PeerState).__peer?.firstDrawAt != null, undefined, { timeout: 120_000 });
    const settled = await page.waitForFunction(() => (window as unknown as PeerState).__peer?.settledAt != null, undefined, { timeout: options.layoutCapMs })
      .then(() => true, () => false);
    const state = await page.evaluate(() => (window as unknown as PeerState).__peer!);
    const firstDrawAt = state.firstDrawAt!;
    const layoutEnd = state.settledAt ?? await page.evaluate(() => performance.now());
    const layout = await figures(page, firstDrawAt, layoutEnd);
    const start = await startFigures(page, state.dataAt, firstDrawAt + 2000);
    const quality = qualityOf(await page.evaluate(PLACED) as { nodes: PlacedNode[]; links: Array<[number, number]> });
    const panStart = await page.evaluate(() => performance.now());
    await panAndZoom(page, '#graph canvas', options.panZoomMs, await page.evaluate(DRAWN) as DrawnNode[]);
    const panZoom = await figures(page, panStart, await page.evaluate(() => performance.now()));
    return {
      firstDrawMs: firstDrawAt - state.dataAt,
      start,
      settledMs: settled && state.settledAt !== null ? state.settledAt - state.dataAt : null,
      quality,
      layout,
      panZoom,
      errors,
    };
  } finally {
    await context.close();
  }
}
