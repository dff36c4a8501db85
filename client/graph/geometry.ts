// Pure geometry shared by the canvas renderer and the SVG export: where a tie starts and ends (on the rims of its
// two circles), how it bends when two organisations share several ties, and where its arrowhead sits.

export interface Point {
  x: number;
  y: number;
}

export interface LinkGeometry {
  x1: number;
  y1: number;
  /** Control point of the quadratic curve (on the straight line when the tie is not bent). */
  cx: number;
  cy: number;
  x2: number;
  y2: number;
  curved: boolean;
  /** Arrowhead: tip at (x2, y2), pointing along `angle`, with its two base corners. */
  angle: number;
  arrow: [Point, Point, Point];
}

/**
 * `bend` is the sideways offset of the curve's middle, in world units, measured to the left of the direction from
 * the lexically smaller id to the larger one; so ties A→B and B→A with opposite bends never overlap.
 */
export function linkGeometry(
  source: Point & { radius: number },
  target: Point & { radius: number },
  bend: number,
  arrowLength: number,
  flip = false,
): LinkGeometry | null {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  if (!(length > source.radius + target.radius + 0.5)) return null;
  const sign = flip ? -1 : 1;
  const nx = (-dy / length) * sign;
  const ny = (dx / length) * sign;
  // A quadratic curve reaches half of its control point's offset at its middle.
  const cx = (source.x + target.x) / 2 + nx * bend * 2;
  const cy = (source.y + target.y) / 2 + ny * bend * 2;
  const toward = (from: Point & { radius: number }, point: Point, extra = 0) => {
    const ux = point.x - from.x;
    const uy = point.y - from.y;
    const distance = Math.hypot(ux, uy) || 1;
    return { x: from.x + (ux / distance) * (from.radius + extra), y: from.y + (uy / distance) * (from.radius + extra) };
  };
  const start = toward(source, { x: cx, y: cy });
  const tip = toward(target, { x: cx, y: cy }, 1);
  const angle = Math.atan2(tip.y - cy, tip.x - cx);
  const spread = 0.42;
  const arrow: [Point, Point, Point] = [
    tip,
    { x: tip.x - arrowLength * Math.cos(angle - spread), y: tip.y - arrowLength * Math.sin(angle - spread) },
    { x: tip.x - arrowLength * Math.cos(angle + spread), y: tip.y - arrowLength * Math.sin(angle + spread) },
  ];
  // The line stops at the arrow's base, so a thick or dashed line never pokes through the tip.
  const end = { x: tip.x - arrowLength * 0.8 * Math.cos(angle), y: tip.y - arrowLength * 0.8 * Math.sin(angle) };
  return { x1: start.x, y1: start.y, cx, cy, x2: end.x, y2: end.y, curved: bend !== 0, angle, arrow };
}

/**
 * Bends for ties sharing the same two organisations, by link id: symmetric offsets, and whether the link runs against
 * the canonical (smaller id → larger id) direction. A lone tie is absent: it is drawn straight, and a straight line has
 * no side to flip to. Pairs are grouped in maps of maps rather than by a joined key: a view of 10,000 ties would
 * otherwise build, hash and collect 10,000 strings for the few pairs that have more than one tie.
 */
export function parallelBends(links: ReadonlyArray<{ id: string; source: string; target: string }>, spacing = 14): Map<string, { bend: number; flip: boolean }> {
  const groups = new Map<string, Map<string, Array<{ id: string; flip: boolean }>>>();
  const shared: Array<Array<{ id: string; flip: boolean }>> = [];
  for (const link of links) {
    const flip = link.source > link.target;
    const [low, high] = flip ? [link.target, link.source] : [link.source, link.target];
    let partners = groups.get(low);
    if (!partners) groups.set(low, (partners = new Map()));
    const group = partners.get(high);
    if (!group) partners.set(high, [{ id: link.id, flip }]);
    else {
      if (group.length === 1) shared.push(group);
      group.push({ id: link.id, flip });
    }
  }
  const bends = new Map<string, { bend: number; flip: boolean }>();
  for (const group of shared) {
    // linkGeometry measures a flipped link's bend from the canonical direction, so offsets stay distinct.
    group.forEach(({ id, flip }, index) => bends.set(id, { bend: (index - (group.length - 1) / 2) * spacing, flip }));
  }
  return bends;
}

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function boundsOf(nodes: ReadonlyArray<{ x?: number | undefined; y?: number | undefined; radius: number }>): Bounds | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const node of nodes) {
    if (node.x === undefined || node.y === undefined || !Number.isFinite(node.x) || !Number.isFinite(node.y)) continue;
    x0 = Math.min(x0, node.x - node.radius);
    y0 = Math.min(y0, node.y - node.radius);
    x1 = Math.max(x1, node.x + node.radius);
    y1 = Math.max(y1, node.y + node.radius);
  }
  return Number.isFinite(x0) ? { x0, y0, x1, y1 } : null;
}

/**
 * The zoom (k, x, y) that fits `bounds` into a width × height box with `padding` pixels around (a number, or
 * separate horizontal and vertical padding: labels are wide, so the sides need more room than top and bottom).
 */
export function fitTransform(bounds: Bounds, width: number, height: number, padding: number | { x: number; y: number } = 40, maxScale = 2): { k: number; x: number; y: number } {
  const w = Math.max(1, bounds.x1 - bounds.x0);
  const h = Math.max(1, bounds.y1 - bounds.y0);
  const padX = typeof padding === 'number' ? padding : padding.x;
  const padY = typeof padding === 'number' ? padding : padding.y;
  const k = Math.max(0.05, Math.min(maxScale, Math.max(1, width - 2 * padX) / w, Math.max(1, height - 2 * padY) / h));
  return { k, x: width / 2 - k * (bounds.x0 + w / 2), y: height / 2 - k * (bounds.y0 + h / 2) };
}
