// What the drawing functions share: the 2D context, the device pixel ratio, options, a cache of text widths, and
// the part of the world that is on screen.
import type { ViewTransform } from './scene.ts';

export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface Pen {
  readonly ctx: Context2D;
  readonly ratio: number;
  /** Draw every label that fits (exports), not only the legible ones. */
  readonly generousLabels: boolean;
  /** The picture is moving (a big view's layout, a pan or zoom): only the labels that matter are worth their cost. */
  readonly moving: boolean;
  /** The width of a text in a font, cached. */
  measure(text: string, font: string): number;
}

export interface WorldView {
  vx0: number;
  vy0: number;
  vx1: number;
  vy1: number;
  onScreen(x: number, y: number, r: number): boolean;
}

/** Above this many ties or organisations on screen, the cheap way of drawing them is used. */
export const DENSE = 1500;
export const SELECTED_RING = '#111827';

/** The part of the world on screen, with a margin for thick strokes and node rims. */
export function worldOnScreen(t: ViewTransform, width: number, height: number): WorldView {
  const margin = 30 / t.k;
  const vx0 = -t.x / t.k - margin;
  const vy0 = -t.y / t.k - margin;
  const vx1 = (width - t.x) / t.k + margin;
  const vy1 = (height - t.y) / t.k + margin;
  return { vx0, vy0, vx1, vy1, onScreen: (x: number, y: number, r: number) => x + r >= vx0 && x - r <= vx1 && y + r >= vy0 && y - r <= vy1 };
}

