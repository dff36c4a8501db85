// Names on the canvas: ranked (selected, hovered, path, neighbours, best-connected, then any that are legible),
// kept apart by a coarse grid of placed boxes, with a white halo so they read over ties.
import type { Pen } from './pen.ts';
import type { Scene, SceneNode, ViewTransform } from './scene.ts';

export const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const LABEL_FONT_STRONG = '600 13px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const TEXT = '#1b2430';
const HALO = 'rgba(255,255,255,0.92)';

export function drawLabels(pen: Pen, scene: Scene, visible: SceneNode[], t: ViewTransform, isDim: (item: SceneNode) => boolean): void {
  const { ctx, ratio, measure } = pen;
  const candidates: Array<{ item: SceneNode; rank: number }> = [];
  for (const item of visible) {
    const id = item.node.id;
    const screenRadius = item.node.radius * t.k;
    let rank: number;
    if (id === scene.selected) rank = 0;
    else if (id === scene.hovered) rank = 1;
    else if (isDim(item)) continue;
    else if (scene.emphasis?.halo && scene.emphasis.nodes.has(id)) rank = 2;
    else if (scene.labelBoost.has(id)) rank = 3;
    else if (item.important) rank = 4;
    // Few organisations on screen: offer every label and let the collision test keep the picture clean. Text is
    // the costliest thing to rasterise, so a moving picture waits for the rest until it stops.
    else if (pen.generousLabels || visible.length <= 80 || (!pen.moving && (screenRadius >= 9 || t.k >= 1.6))) rank = 5;
    else continue;
    candidates.push({ item, rank });
  }
  candidates.sort((a, b) => a.rank - b.rank || b.item.node.degree - a.item.node.degree);

  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.lineJoin = 'round';
  // Labels are kept apart with a coarse grid of placed boxes: cheap, and good enough to avoid overlaps.
  const cell = 64;
  const grid = new Map<string, Array<[number, number, number, number]>>();
  const cellsOf = (x0: number, y0: number, x1: number, y1: number) => {
    const keys: string[] = [];
    for (let cx = Math.floor(x0 / cell); cx <= Math.floor(x1 / cell); cx += 1) {
      for (let cy = Math.floor(y0 / cell); cy <= Math.floor(y1 / cell); cy += 1) keys.push(`${cx},${cy}`);
    }
    return keys;
  };
  let drawn = 0;
  for (const { item, rank } of candidates) {
    if (drawn >= 350 && rank > 1) break;
    // Selected, hovered and highlighted-path organisations are named in full; others may be shortened.
    const text = rank <= 2 ? item.fullLabel : item.label;
    const font = rank <= 1 ? LABEL_FONT_STRONG : LABEL_FONT;
    const textWidth = measure(text, font);
    const sx = item.node.x! * t.k + t.x;
    const sy = item.node.y! * t.k + t.y;
    const x0 = sx - textWidth / 2 - 2;
    const y0 = sy + item.node.radius * t.k + 3;
    const x1 = x0 + textWidth + 4;
    const y1 = y0 + (rank <= 1 ? 17 : 15);
    const keys = cellsOf(x0, y0, x1, y1);
    const collides = keys.some((key) => grid.get(key)?.some(([a, b, c, d]) => x0 < c && x1 > a && y0 < d && y1 > b));
    if (collides && rank > 1) continue;
    for (const key of keys) (grid.get(key) ?? grid.set(key, []).get(key)!).push([x0, y0, x1, y1]);
    ctx.font = font;
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = HALO;
    ctx.strokeText(text, x0 + 2, y0 + 1);
    ctx.fillStyle = TEXT;
    ctx.fillText(text, x0 + 2, y0 + 1);
    drawn += 1;
  }
}
