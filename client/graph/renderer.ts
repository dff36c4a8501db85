// Draws a scene (positioned organisations and ties) on a canvas: culls what is off screen, batches strokes by
// style, shows labels only where they are legible and do not collide, and hit-tests with a d3-quadtree.
import { quadtree, type Quadtree } from 'd3-quadtree';
import type { Organisation, Tie } from '../types.ts';
import { linkGeometry } from './geometry.ts';
import type { GraphStyles } from './graph-styles.ts';
import { MARK_STYLES, type TieMark } from './tie-marks.ts';
import type { LayoutLink, LayoutNode } from './simulation.ts';

export interface SceneNode {
  node: LayoutNode;
  org: Organisation;
  /** Labelled at any zoom (the best-connected organisations of the view). */
  important: boolean;
  /** Short label for crowded moments, full name when hovered or selected. */
  label: string;
  fullLabel: string;
}

export interface SceneLink {
  link: LayoutLink;
  tie: Tie;
  bend: number;
  flip: boolean;
}

export interface Emphasis {
  nodes: ReadonlySet<string>;
  links: ReadonlySet<string>;
  /** Opacity of everything not emphasised. */
  dimTo: number;
  /** Path highlighting draws a halo under the emphasised ties. */
  halo: boolean;
}

export interface Scene {
  nodes: SceneNode[];
  links: SceneLink[];
  styles: GraphStyles;
  selected: string | null;
  hovered: string | null;
  emphasis: Emphasis | null;
  /** Labels wanted now even if small (neighbours of the hovered or selected organisation). */
  labelBoost: ReadonlySet<string>;
  /** Bumped whenever positions change, so the hit-test index is rebuilt only when needed. */
  version: number;
  /** By id: ties drawn for their time (ended, or a comparison's added/ended/unchanged) rather than their type, and
   * organisations a comparison added or ended, ringed in that colour. */
  timeMarks: ReadonlyMap<string, TieMark>;
  /** Colour by something other than kind (the analysis's "Colour by"); absent, or a null answer, keeps the kind's.
   * Pictures leave it out: their legend names kinds. */
  nodeColour?: ((id: string) => string | null) | null;
}

export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

export interface RendererOptions {
  background?: string;
  /** Pictures for export: ignore the screen's pixel ratio and draw at this scale instead. */
  pixelRatio?: number;
  /** Draw every label that fits (exports), not only the legible ones. */
  generousLabels?: boolean;
}

export interface Renderer {
  resize(width: number, height: number): void;
  draw(scene: Scene, transform: ViewTransform): void;
  /** A line of text in the middle of the canvas (while a layout warms up). */
  message(text: string): void;
  /** The organisation under a point given in CSS pixels of the canvas, if any. */
  find(scene: Scene, transform: ViewTransform, x: number, y: number): SceneNode | null;
  readonly width: number;
  readonly height: number;
}

export const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const LABEL_FONT_STRONG = '600 13px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const TEXT = '#1b2430';
const HALO = 'rgba(255,255,255,0.92)';
const SELECTED_RING = '#111827';
const PATH_HALO = 'rgba(245, 158, 11, 0.45)';
const PATH_RING = '#d97706';
/** Above this many ties or organisations on screen, the cheap way of drawing them is used. */
const DENSE = 1500;
/** Organisations drawn smaller than this radius, in device pixels, are drawn as squares (rimless). */
const DOT_RADIUS = 2.5;

export function createRenderer(canvas: HTMLCanvasElement | OffscreenCanvas, options: RendererOptions = {}): Renderer {
  const context = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!context) throw new Error('This browser cannot draw on a canvas.');
  const ctx = context;
  let width = 0;
  let height = 0;
  let ratio = 1;
  let index: Quadtree<SceneNode> | null = null;
  let indexVersion = -1;
  let indexScene: Scene | null = null;
  let maxRadius = 0;
  const textWidths = new Map<string, number>();

  function measure(text: string, font: string): number {
    const key = `${font}\n${text}`;
    let value = textWidths.get(key);
    if (value === undefined) {
      ctx.font = font;
      value = ctx.measureText(text).width;
      if (textWidths.size > 5000) textWidths.clear();
      textWidths.set(key, value);
    }
    return value;
  }

  function resize(w: number, h: number) {
    ratio = options.pixelRatio ?? (typeof devicePixelRatio === 'number' ? devicePixelRatio : 1);
    width = Math.max(1, Math.round(w));
    height = Math.max(1, Math.round(h));
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }

  function draw(scene: Scene, t: ViewTransform) {
    clear(t);
    const view = worldOnScreen(t);
    drawLinks(scene, t, view);
    // Organisations: dimmed ones first so the emphasised ones sit on top.
    const visible = scene.nodes.filter((item) => {
      const { x, y, radius } = item.node;
      return x !== undefined && y !== undefined && view.onScreen(x, y, radius);
    });
    const { emphasis } = scene;
    const isDim = (item: SceneNode) => emphasis !== null && !emphasis.nodes.has(item.node.id) && item.node.id !== scene.selected;
    drawNodes(scene, t, visible, isDim);
    drawSelectionRings(scene, t, visible);
    drawLabels(scene, visible, t, isDim);
  }

  function clear(t: ViewTransform) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    if (options.background) {
      ctx.fillStyle = options.background;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    } else {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
    }
    ctx.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  }

  /** The part of the world on screen, with a margin for thick strokes and node rims. */
  function worldOnScreen(t: ViewTransform) {
    const margin = 30 / t.k;
    const vx0 = -t.x / t.k - margin;
    const vy0 = -t.y / t.k - margin;
    const vx1 = (width - t.x) / t.k + margin;
    const vy1 = (height - t.y) / t.k + margin;
    return { vx0, vy0, vx1, vy1, onScreen: (x: number, y: number, r: number) => x + r >= vx0 && x - r <= vx1 && y + r >= vy0 && y - r <= vy1 };
  }

  function drawLinks(scene: Scene, t: ViewTransform, { vx0, vy0, vx1, vy1 }: ReturnType<typeof worldOnScreen>) {
    const { styles, emphasis } = scene;
    // Sizes are in screen pixels, growing a little when zooming in so close-ups do not look spidery.
    const grow = Math.sqrt(t.k);
    const arrowLength = Math.min(11, 6.5 * grow) / t.k;
    const drawArrows = t.k * 6.5 >= 2.5;

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
    const dense = onScreenLinks.length > DENSE;
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

  function drawNodes(scene: Scene, t: ViewTransform, visible: SceneNode[], isDim: (item: SceneNode) => boolean) {
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
      if (visible.length <= DENSE || t.k >= 1) {
        ctx.lineWidth = visible.length <= DENSE ? rim : Math.min(rim, 1 / (ratio * t.k));
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
  function drawSelectionRings(scene: Scene, t: ViewTransform, visible: SceneNode[]) {
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

  function drawLabels(scene: Scene, visible: SceneNode[], t: ViewTransform, isDim: (item: SceneNode) => boolean) {
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
      // Few organisations on screen: offer every label and let the collision test keep the picture clean.
      else if (options.generousLabels || visible.length <= 80 || screenRadius >= 9 || t.k >= 1.6) rank = 5;
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

  function find(scene: Scene, t: ViewTransform, x: number, y: number): SceneNode | null {
    if (!index || indexVersion !== scene.version || indexScene !== scene) {
      const placed = scene.nodes.filter((item) => item.node.x !== undefined && item.node.y !== undefined);
      index = quadtree<SceneNode>().x((item) => item.node.x!).y((item) => item.node.y!).addAll(placed);
      maxRadius = placed.reduce((max, item) => Math.max(max, item.node.radius), 0);
      indexVersion = scene.version;
      indexScene = scene;
    }
    const wx = (x - t.x) / t.k;
    const wy = (y - t.y) / t.k;
    // Small nodes get a few pixels of slack, so they can be hit on a touch screen or when zoomed out.
    const slack = 6 / t.k;
    let best: SceneNode | null = null;
    let bestDistance = Infinity;
    index.visit((quad, qx0, qy0, qx1, qy1) => {
      const reach = maxRadius + slack;
      if (qx0 > wx + reach || qx1 < wx - reach || qy0 > wy + reach || qy1 < wy - reach) return true;
      if (!('length' in quad)) {
        for (let leaf: typeof quad | undefined = quad; leaf; leaf = leaf.next) {
          const item = leaf.data;
          const distance = Math.hypot(item.node.x! - wx, item.node.y! - wy);
          if (distance <= item.node.radius + slack && distance - item.node.radius < bestDistance) {
            best = item;
            bestDistance = distance - item.node.radius;
          }
        }
      }
      return false;
    });
    return best;
  }

  function message(text: string) {
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.globalAlpha = 1;
    ctx.font = LABEL_FONT.replace('12px', '14px');
    ctx.fillStyle = '#566072';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, width / 2, height / 2);
    ctx.textAlign = 'left';
  }

  return {
    resize,
    draw,
    message,
    find,
    get width() {
      return width;
    },
    get height() {
      return height;
    },
  };
}
