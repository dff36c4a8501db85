// Organisations on the canvas: one path per colour (rims, rings and pins batched too), squares for tiny dots,
// dimmed ones first so the emphasised ones sit on top; then the selected and hovered rings.
import { DENSE, SELECTED_RING, type Pen } from './pen.ts';
import type { Scene, SceneNode, ViewTransform } from './scene.ts';
import type { LayoutNode } from './simulation.ts';
import { MARK_STYLES, type TieMark } from './tie-marks.ts';

const PATH_RING = '#d97706';
/** Organisations drawn smaller than this radius, in device pixels, are drawn as squares (rimless). */
const DOT_RADIUS = 2.5;

export function drawNodes(pen: Pen, scene: Scene, t: ViewTransform, visible: SceneNode[], isDim: (item: SceneNode) => boolean): void {
  const { ctx, ratio } = pen;
  const { styles, emphasis } = scene;
  const rim = 1.5 / t.k;
  // One path per colour (and one for all rims, rings and pins): a few fills instead of thousands.
  for (const pass of [true, false]) {
    const fills = new Map<string, Path2D>();
    const rims = new Path2D();
    const rings = new Path2D();
    const timeRings = new Map<TieMark, Path2D>();
    const pinBases = new Path2D();
    const pinHeads = new Path2D();
    let any = false;
    for (const item of visible) {
      if (isDim(item) !== pass) continue;
      any = true;
      const { x, y, radius } = item.node as Required<Pick<LayoutNode, 'x' | 'y'>> & LayoutNode;
      const colour = scene.nodeColour?.(item.org.id) ?? styles.kind(item.org.kind).colour;
      const fill = fills.get(colour) ?? fills.set(colour, new Path2D()).get(colour)!;
      if (radius * t.k * ratio < DOT_RADIUS) {
        // A circle a few pixels across looks the same as a square of equal area, which is far cheaper to fill.
        const half = radius * 0.886;
        fill.rect(x - half, y - half, half * 2, half * 2);
      } else {
        fill.moveTo(x + radius, y);
        fill.arc(x, y, radius, 0, Math.PI * 2);
        rims.moveTo(x + radius, y);
        rims.arc(x, y, radius, 0, Math.PI * 2);
      }
      if (!pass && emphasis?.halo && emphasis.nodes.has(item.node.id)) {
        const ring = radius + 3 / t.k;
        rings.moveTo(x + ring, y);
        rings.arc(x, y, ring, 0, Math.PI * 2);
      }
      const mark = scene.timeMarks.get(item.node.id);
      if (mark) {
        const ring = radius + 2.5 / t.k;
        const path = timeRings.get(mark) ?? timeRings.set(mark, new Path2D()).get(mark)!;
        path.moveTo(x + ring, y);
        path.arc(x, y, ring, 0, Math.PI * 2);
      }
      if (item.node.fx != null) {
        // A pinned node wears a small dark pin at its upper right.
        const px = x + radius * 0.72;
        const py = y - radius * 0.72;
        pinBases.moveTo(px + 3.2 / t.k, py);
        pinBases.arc(px, py, 3.2 / t.k, 0, Math.PI * 2);
        pinHeads.moveTo(px + 2.1 / t.k, py);
        pinHeads.arc(px, py, 2.1 / t.k, 0, Math.PI * 2);
      }
    }
    if (!any) continue;
    ctx.globalAlpha = pass ? (emphasis?.dimTo ?? 1) : 1;
    for (const [colour, path] of fills) {
      ctx.fillStyle = colour;
      ctx.fill(path);
    }
    // White rims separate touching circles; among thousands, a hairline rim (cheap, see the ties) is enough.
    const crowded = pen.moving || visible.length > DENSE;
    if (!crowded || t.k >= 1) {
      ctx.lineWidth = crowded ? Math.min(rim, 1 / (ratio * t.k)) : rim;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke(rims);
    }
    ctx.lineWidth = 2.5 / t.k;
    ctx.strokeStyle = PATH_RING;
    ctx.stroke(rings);
    for (const [mark, path] of timeRings) {
      ctx.strokeStyle = MARK_STYLES[mark].colour;
      ctx.stroke(path);
    }
    ctx.fillStyle = '#ffffff';
    ctx.fill(pinBases);
    ctx.fillStyle = SELECTED_RING;
    ctx.fill(pinHeads);
  }
}

/** The selected organisation's ring, and the hovered one's. */
export function drawSelectionRings({ ctx }: Pen, scene: Scene, t: ViewTransform, visible: SceneNode[]): void {
  ctx.globalAlpha = 1;
  for (const item of visible) {
    const id = item.node.id;
    if (id !== scene.selected && id !== scene.hovered) continue;
    const { x, y, radius } = item.node as Required<Pick<LayoutNode, 'x' | 'y'>> & LayoutNode;
    ctx.beginPath();
    ctx.arc(x, y, radius + (id === scene.selected ? 4 : 2.5) / t.k, 0, Math.PI * 2);
    ctx.lineWidth = (id === scene.selected ? 3 : 2) / t.k;
    ctx.strokeStyle = id === scene.selected ? SELECTED_RING : '#4b5563';
    ctx.stroke();
  }
}
