// Zoom and pan of the drawing: d3-zoom for wheel, pinch and drag on the background, plus the moves the view makes
// itself (fit, zoom buttons, bringing an organisation into view), eased unless the user prefers reduced motion.
import type { Selection } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { boundsOf, fitTransform } from './geometry.ts';
import type { ViewTransform } from './scene.ts';
import type { LayoutNode } from './simulation.ts';

const MIN_SCALE = 0.05;
const MAX_SCALE = 8;
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface Camera {
  /** screen = world × k + (x, y), in CSS pixels of the canvas. */
  readonly transform: ViewTransform;
  /** When a person last zoomed, panned or asked for an organisation to be centred (performance.now()), 0 if never:
   * the view stops re-fitting on its own. */
  readonly touchedAt: number;
  /** d3-zoom's behaviour, to attach after any drag behaviour (so dragging a node does not pan). */
  readonly behaviour: ZoomBehavior<HTMLCanvasElement, unknown>;
  set(target: ViewTransform, animate: boolean): void;
  /** Fits these organisations to the canvas, with room for labels; never zooms in beyond maxScale. */
  fitTo(nodes: LayoutNode[], animate: boolean, maxScale?: number): void;
  isOnScreen(node: LayoutNode, margin?: number): boolean;
  /** Puts a point of the world in the middle, zooming in to at least `minScale`. */
  centre(x: number, y: number, minScale: number): void;
  zoomBy(factor: number): void;
  destroy(): void;
}

export function createCamera(selection: Selection<HTMLCanvasElement, unknown, null, undefined>, size: () => { width: number; height: number }, onChange: () => void): Camera {
  let transform: ViewTransform = { k: 1, x: 0, y: 0 };
  let animation = 0;
  let touchedAt = 0;
  const behaviour = d3zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([MIN_SCALE, MAX_SCALE])
    // The size the view already knows: d3-zoom's default reads the element's, which forces a layout of the page
    // when a new view has just changed it (10 ms in a 5,000-organisation view's first task).
    .extent(() => {
      const { width, height } = size();
      return [[0, 0], [width, height]];
    })
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
      // Moves the view makes itself (fit, zoom buttons) come without a source event.
      if (event.sourceEvent) touchedAt = performance.now();
      transform = { k: event.transform.k, x: event.transform.x, y: event.transform.y };
      onChange();
    });

  function set(target: ViewTransform, animate: boolean) {
    cancelAnimationFrame(animation);
    const apply = (t: ViewTransform) => selection.call(behaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    if (!animate || reducedMotion()) {
      apply(target);
      return;
    }
    const start = { ...transform };
    const began = performance.now();
    const duration = 450;
    const tick = (now: number) => {
      const p = Math.min(1, (now - began) / duration);
      const e = p < 0.5 ? 4 * p * p * p : 1 - (-2 * p + 2) ** 3 / 2;
      // Scale interpolates geometrically, so zooming in and out feel equally fast.
      const k = start.k * (target.k / start.k) ** e;
      apply({ k, x: start.x + (target.x - start.x) * e, y: start.y + (target.y - start.y) * e });
      if (p < 1) animation = requestAnimationFrame(tick);
    };
    animation = requestAnimationFrame(tick);
  }

  return {
    get transform() {
      return transform;
    },
    get touchedAt() {
      return touchedAt;
    },
    behaviour,
    set,
    fitTo(nodes, animate, maxScale = 1.6) {
      const bounds = boundsOf(nodes);
      const { width, height } = size();
      if (!bounds || width <= 1) return;
      // Room below for labels, and a little more padding on small screens.
      bounds.y1 += 18;
      // Labels hang below and spread sideways from their nodes: leave room for about half a label at the sides.
      const padding = { x: Math.min(96, Math.max(24, width * 0.13)), y: Math.min(40, Math.max(16, height * 0.05)) };
      set(fitTransform(bounds, width, height, padding, maxScale), animate);
    },
    isOnScreen(node, margin = 20) {
      if (node.x === undefined || node.y === undefined) return false;
      const { width, height } = size();
      const sx = node.x * transform.k + transform.x;
      const sy = node.y * transform.k + transform.y;
      return sx >= margin && sy >= margin && sx <= width - margin && sy <= height - margin;
    },
    centre(x, y, minScale) {
      touchedAt = performance.now();
      const { width, height } = size();
      const k = Math.max(transform.k, minScale);
      set({ k, x: width / 2 - x * k, y: height / 2 - y * k }, true);
    },
    zoomBy(factor) {
      touchedAt = performance.now();
      const { width, height } = size();
      const k = Math.min(MAX_SCALE, Math.max(MIN_SCALE, transform.k * factor));
      const wx = (width / 2 - transform.x) / transform.k;
      const wy = (height / 2 - transform.y) / transform.k;
      set({ k, x: width / 2 - wx * k, y: height / 2 - wy * k }, true);
    },
    destroy() {
      cancelAnimationFrame(animation);
      selection.on('.zoom', null);
    },
  };
}
