// Ties on the canvas: culled to the screen, grouped by type and emphasis so each group is one stroke and one fill,
// hairlines when dense, arrowheads once they are big enough to read, a halo under a highlighted path.
import { linkGeometry } from './geometry.ts';
import { DENSE, type Pen, type WorldView } from './pen.ts';
import type { Scene, SceneLink, ViewTransform } from './scene.ts';
import type { LayoutNode } from './simulation.ts';
import { MARK_STYLES, type TieMark } from './tie-marks.ts';

const PATH_HALO = 'rgba(245, 158, 11, 0.45)';

export function drawLinks(pen: Pen, scene: Scene, t: ViewTransform, { vx0, vy0, vx1, vy1 }: WorldView): void {
  const { ctx, ratio } = pen;
  const { styles, emphasis } = scene;
  // Sizes are in screen pixels, growing a little when zooming in so close-ups do not look spidery.
  const grow = Math.sqrt(t.k);
  const arrowLength = Math.min(11, 6.5 * grow) / t.k;
  // A picture in motion drops arrowheads, dashes and width (sigma.js hides edges on move; this keeps them as
  // hairlines): they come back when it is still.
  const drawArrows = !pen.moving && t.k * 6.5 >= 2.5;

  // Ties on screen first: how many there are decides how they are drawn.
  const onScreenLinks: SceneLink[] = [];
  for (const item of scene.links) {
    const source = item.link.source as LayoutNode;
    const target = item.link.target as LayoutNode;
    if (source.x === undefined || source.y === undefined || target.x === undefined || target.y === undefined) continue;
    const reach = Math.abs(item.bend) * 2;
    if (Math.max(source.x, target.x) + reach < vx0 || Math.min(source.x, target.x) - reach > vx1) continue;
    if (Math.max(source.y, target.y) + reach < vy0 || Math.min(source.y, target.y) - reach > vy1) continue;
    onScreenLinks.push(item);
  }
  const dense = pen.moving || onScreenLinks.length > DENSE;
  // A stroke up to one device pixel wide is rasterised as a hairline, which is many times cheaper in software
  // than a wider one; a dense tangle is drawn that way (its lines could not be told apart any wider).
  const lineWidth = Math.min(2.2, 1.1 * grow, dense ? 1 / ratio : Infinity) / t.k;

  // Ties, grouped by type and emphasis so each group is one stroke and one fill.
  type Group = { type: string; mark: TieMark | undefined; dim: boolean; strong: boolean; lines: Path2D; heads: Path2D; halo: Path2D | null };
  const groups = new Map<string, Group>();
  for (const item of onScreenLinks) {
    const source = item.link.source as Required<Pick<LayoutNode, 'x' | 'y'>> & LayoutNode;
    const target = item.link.target as Required<Pick<LayoutNode, 'x' | 'y'>> & LayoutNode;
    const strong = emphasis?.links.has(item.tie.id) ?? false;
    const dim = emphasis !== null && !strong;
    const mark = scene.timeMarks.get(item.tie.id);
    const key = `${item.tie.type}\n${mark ?? ''}\n${dim ? 1 : 0}${strong ? 1 : 0}`;
    let group = groups.get(key);
    if (!group) {
      group = { type: item.tie.type, mark, dim, strong, lines: new Path2D(), heads: new Path2D(), halo: strong && emphasis?.halo ? new Path2D() : null };
      groups.set(key, group);
    }
    // A symmetric tie has no direction to show.
    const arrow = (drawArrows || strong) && !styles.tie(item.tie.type).symmetric;
    if (!arrow && item.bend === 0) {
      // Without an arrowhead a straight tie can run centre to centre: the circles drawn over it hide the ends.
      group.lines.moveTo(source.x, source.y);
      group.lines.lineTo(target.x, target.y);
      continue;
    }
    const geometry = linkGeometry({ x: source.x, y: source.y, radius: source.radius }, { x: target.x, y: target.y, radius: target.radius }, item.bend, arrowLength, item.flip);
    if (!geometry) continue;
    const trace = (path: Path2D) => {
      path.moveTo(geometry.x1, geometry.y1);
      if (geometry.curved) path.quadraticCurveTo(geometry.cx, geometry.cy, geometry.x2, geometry.y2);
      else path.lineTo(geometry.x2, geometry.y2);
    };
    trace(group.lines);
    if (group.halo) trace(group.halo);
    if (arrow) {
      const [tip, left, right] = geometry.arrow;
      group.heads.moveTo(tip.x, tip.y);
      group.heads.lineTo(left.x, left.y);
      group.heads.lineTo(right.x, right.y);
      group.heads.closePath();
    }
  }
  const ordered = [...groups.values()].sort((a, b) => Number(a.strong) - Number(b.strong) || Number(b.dim) - Number(a.dim));
  ctx.lineCap = 'round';
  for (const group of ordered) {
    if (group.halo) {
      ctx.globalAlpha = 1;
      ctx.setLineDash([]);
      ctx.strokeStyle = PATH_HALO;
      ctx.lineWidth = lineWidth * 6;
      ctx.stroke(group.halo);
    }
  }
  for (const group of ordered) {
    const marked = group.mark ? MARK_STYLES[group.mark] : null;
    const style = marked ?? styles.tie(group.type);
    ctx.globalAlpha = (group.dim ? Math.max(0.06, (emphasis?.dimTo ?? 1) * 0.8) : group.strong ? 1 : 0.78) * (marked?.alpha ?? 1);
    ctx.strokeStyle = style.colour;
    ctx.fillStyle = style.colour;
    ctx.lineWidth = group.strong ? lineWidth * 2.2 : lineWidth;
    // Dashes are costly to stroke; in a dense overview colour alone tells the types apart until zoomed in.
    ctx.setLineDash(!dense || group.strong || marked ? style.dash.map((part) => (part * Math.min(1.6, grow)) / t.k) : []);
    ctx.stroke(group.lines);
    ctx.setLineDash([]);
    ctx.fill(group.heads);
  }
  ctx.globalAlpha = 1;
}
