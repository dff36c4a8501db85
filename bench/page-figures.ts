// What the renderer bench measures in a page, shared by our view and the force-graph peer: frame stamps and long
// tasks (installed before any other script), frame and long-task figures for a time window, a scripted pan/zoom,
// and the quality of the drawing.
import type { Page } from 'playwright-core';
import { layoutQuality, type LayoutQuality, type PlacedNode } from './layout-quality.ts';
import { median, percentile } from './stats.ts';

export interface PhaseFigures {
  /** Main-thread frames (requestAnimationFrame gaps): how responsive the page stays. */
  frames: number;
  medianMs: number;
  p95Ms: number;
  longTasks: number;
  longestTaskMs: number;
  /** Pictures put on screen (ours: by the main thread or the drawing worker) and the gaps between them: what a person sees move. */
  pictures: number;
  pictureMedianMs: number;
  pictureP95Ms: number;
}

/** Main-thread tasks over 50 ms from the data arriving until two seconds after the first picture. */
export interface StartFigures {
  longTasks: number;
  longestTaskMs: number;
}

/** What a renderer run gives, ours or a peer's, on the same graph. */
export interface DrawingFigures {
  /** From the data arriving (ours: the /api/graph response's end; a peer: handed to the page) to the first frame, ms. */
  firstDrawMs: number;
  start: StartFigures;
  /** From the data arriving until the layout stopped, ms; null when it did not within the cap. */
  settledMs: number | null;
  /** Of the drawing when it settled (or at the cap). */
  quality: LayoutQuality | null;
  layout: PhaseFigures;
  panZoom: PhaseFigures;
}

export interface Instrumented {
  __bench?: { frames: number[]; pictures: number[]; longTasks: { start: number; duration: number }[]; firstDrawAt: number | null };
}

/**
 * Installed before the client's own code: a rAF loop stamping every frame, and a long-task observer. Plain JavaScript
 * text rather than a function, because tsx's transpiled functions reference helpers (`__name`) the page lacks.
 */
export const INSTRUMENT = `(() => {
  const bench = { frames: [], pictures: [], longTasks: [], firstDrawAt: null };
  window.__bench = bench;
  // A picture reached the screen (drawn on the main thread, or by the drawing worker): the first with organisations
  // in it, once the layout has started (before the data the view is an empty one, settled), is the first draw.
  document.addEventListener('picturedrawn', (event) => {
    const { at } = event.detail;
    bench.pictures.push(at);
    const graph = document.getElementById('graph');
    const phase = graph?.dataset.layout;
    if (bench.firstDrawAt === null && Number(graph?.dataset.nodes) > 0 && (phase === 'running' || phase === 'settled')) bench.firstDrawAt = at;
  }, { capture: true });
  const loop = (now) => { bench.frames.push(now); requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no long-task support: counts stay 0 */ }
})();`;

export async function figures(page: Page, from: number, to: number): Promise<PhaseFigures> {
  const data = await page.evaluate(() => (window as unknown as Instrumented).__bench!);
  const gaps = (times: number[]) => {
    const stamps = times.filter((t) => t >= from && t <= to);
    return stamps.slice(1).map((t, i) => t - stamps[i]!);
  };
  const frames = gaps(data.frames);
  const pictures = gaps(data.pictures);
  const tasks = data.longTasks.filter((task) => task.start >= from && task.start <= to);
  return {
    frames: frames.length,
    medianMs: median(frames),
    p95Ms: percentile(frames, 0.95),
    longTasks: tasks.length,
    longestTaskMs: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
    pictures: pictures.length,
    pictureMedianMs: median(pictures),
    pictureP95Ms: percentile(pictures, 0.95),
  };
}

export async function startFigures(page: Page, from: number, to: number): Promise<StartFigures> {
  const { longTasks, longestTaskMs } = await figures(page, from, to);
  return { longTasks, longestTaskMs };
}

/** Where an organisation is drawn: its centre and radius in CSS pixels from the canvas's top left. */
export interface DrawnNode {
  x: number;
  y: number;
  r: number;
}

/**
 * The empty spot nearest the canvas's centre (no organisation within `clearance` pixels of its rim), so that a drag
 * starting there pans the picture rather than dragging an organisation (which re-heats a layout: another measurement).
 */
export function emptySpot(box: { x: number; y: number; width: number; height: number }, drawn: readonly DrawnNode[], clearance = 8): { x: number; y: number } {
  const cx = box.width / 2;
  const cy = box.height / 2;
  const clear = (x: number, y: number) => drawn.every((node) => Math.hypot(node.x - x, node.y - y) >= node.r + clearance);
  for (let ring = 0; ring < 40; ring++) {
    const steps = Math.max(1, ring * 8);
    for (let step = 0; step < steps; step++) {
      const angle = (step / steps) * Math.PI * 2;
      const x = cx + Math.cos(angle) * ring * 8;
      const y = cy + Math.sin(angle) * ring * 8;
      if (clear(x, y)) return { x: box.x + x, y: box.y + y };
    }
  }
  return { x: box.x + cx, y: box.y + cy };
}

/**
 * Drags across the canvas from an empty spot (a pan, not an organisation's drag) and wheels in and out for
 * `durationMs`, as a person exploring would. `drawn`: where the organisations are at the start.
 */
export async function panAndZoom(page: Page, canvasSelector: string, durationMs: number, drawn: readonly DrawnNode[]): Promise<void> {
  const box = (await page.locator(canvasSelector).boundingBox())!;
  const { x: cx, y: cy } = emptySpot(box, drawn);
  const until = Date.now() + durationMs;
  for (let round = 0; Date.now() < until; round++) {
    // A loop out and back to where it started, zooming in and out there: the spot stays empty round after round.
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let step = 1; step <= 20; step++) {
      const turn = (step / 20) * Math.PI * 2;
      await page.mouse.move(cx + (Math.sin(turn + round) - Math.sin(round)) * 200, cy + (Math.cos(turn) - 1) * 120);
    }
    await page.mouse.up();
    for (let step = 0; step < 10; step++) await page.mouse.wheel(0, step < 5 ? -120 : 120);
  }
}

export function qualityOf(placed: { nodes: PlacedNode[]; links: Array<[number, number]> } | null): LayoutQuality | null {
  return placed && placed.nodes.length ? layoutQuality(placed.nodes, placed.links) : null;
}

export interface ViewSubgraph {
  nodes: { id: string; name: string; degree: number }[];
  links: { source: string; target: string }[];
}

