// The current view as a standalone SVG document, built as text with every piece of data escaped (names may hold
// markup), plus the legend both picture exports share. Pure: no DOM, so it is unit-tested in Node.
import { boundsOf, linkGeometry } from './geometry.ts';
import type { GraphSnapshot } from './graph-view.ts';
import type { SceneNode } from './scene.ts';
import { MARK_STYLES, type TieMark } from './tie-marks.ts';
import type { LayoutNode } from './simulation.ts';

/** Escapes text for XML content and attribute values, and drops characters XML 1.0 cannot carry at all. */
export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface Legend {
  kinds: Array<{ id: string; label: string; colour: string; count: number }>;
  ties: Array<{ id: string; label: string; colour: string; dash: number[]; count: number }>;
}

/** Kinds and tie types present in the picture, most frequent first. */
/** Kinds and tie types drawn, with counts; ties drawn for their time (ended, compared) are counted under their mark. */
export function legendOf(snapshot: Pick<GraphSnapshot, 'nodes' | 'links' | 'styles'> & Partial<Pick<GraphSnapshot, 'timeMarks'>>): Legend {
  const kinds = new Map<string, number>();
  const ties = new Map<string, number>();
  const marks = new Map<TieMark, number>();
  for (const item of snapshot.nodes) kinds.set(item.org.kind, (kinds.get(item.org.kind) ?? 0) + 1);
  for (const item of snapshot.links) {
    const mark = snapshot.timeMarks?.get(item.tie.id);
    if (mark) marks.set(mark, (marks.get(mark) ?? 0) + 1);
    else ties.set(item.tie.type, (ties.get(item.tie.type) ?? 0) + 1);
  }
  const marked = [...marks].map(([mark, count]) => ({ id: `time-${mark}`, label: `${MARK_STYLES[mark].label} ties`, colour: MARK_STYLES[mark].colour, dash: MARK_STYLES[mark].dash, count }));
  return {
    kinds: [...kinds].sort((a, b) => b[1] - a[1]).map(([id, count]) => {
      const style = snapshot.styles.kind(id);
      return { id, label: style.label, colour: style.colour, count };
    }),
    ties: [...marked, ...[...ties].sort((a, b) => b[1] - a[1]).map(([id, count]) => {
      const style = snapshot.styles.tie(id);
      return { id, label: style.label, colour: style.colour, dash: style.dash, count };
    })],
  };
}

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';
const n = (value: number) => (Math.round(value * 10) / 10).toString();

/** Labels that fit without overlapping, most important first (approximate text widths: no DOM to measure). */
function chooseLabels(snapshot: GraphSnapshot): Array<{ item: SceneNode; text: string; x: number; y: number }> {
  const rank = (item: SceneNode) => (item.node.id === snapshot.selected ? 0 : snapshot.emphasis?.halo && snapshot.emphasis.nodes.has(item.node.id) ? 1 : item.important ? 2 : 3);
  const ordered = [...snapshot.nodes].sort((a, b) => rank(a) - rank(b) || b.node.degree - a.node.degree);
  const placed: Array<[number, number, number, number]> = [];
  const labels = [];
  for (const item of ordered) {
    if (item.node.x === undefined || item.node.y === undefined) continue;
    const dimmed = snapshot.emphasis && !snapshot.emphasis.nodes.has(item.node.id) && item.node.id !== snapshot.selected;
    if (dimmed) continue;
    const text = rank(item) <= 1 ? item.fullLabel : item.label;
    const width = text.length * 6.4;
    const x0 = item.node.x - width / 2;
    const y0 = item.node.y + item.node.radius + 3;
    const box: [number, number, number, number] = [x0, y0, x0 + width, y0 + 14];
    if (rank(item) > 1 && placed.some(([a, b, c, d]) => box[0] < c && box[2] > a && box[1] < d && box[3] > b)) continue;
    placed.push(box);
    labels.push({ item, text, x: item.node.x, y: y0 + 11 });
  }
  return labels;
}

export interface SvgOptions {
  title: string;
  /** Shown under the title, e.g. "Exported 2025-05-01 from Partnership Graph Explorer". */
  subtitle?: string;
}

export function buildSvg(snapshot: GraphSnapshot, options: SvgOptions): string {
  const nodes = snapshot.nodes.filter((item) => Number.isFinite(item.node.x) && Number.isFinite(item.node.y));
  const bounds = boundsOf(nodes.map((item) => item.node)) ?? { x0: 0, y0: 0, x1: 400, y1: 300 };
  // Wider at the sides: labels are centred under their nodes and may reach out about half their width.
  const pad = 40;
  const padX = 90;
  const header = 52;
  const legend = legendOf(snapshot);
  const legendRows = Math.max(legend.kinds.length, legend.ties.length);
  const graphWidth = bounds.x1 - bounds.x0 + padX * 2;
  const width = Math.max(graphWidth, 620);
  const graphHeight = bounds.y1 - bounds.y0 + pad * 2 + 16;
  const legendTop = header + graphHeight;
  const height = legendTop + 30 + legendRows * 20 + 16;
  // Graph coordinates are shifted so the drawing starts below the header, centred horizontally.
  const dx = (width - graphWidth) / 2 + padX - bounds.x0;
  const dy = header + pad - bounds.y0;
  const dimTo = snapshot.emphasis?.dimTo ?? 1;
  const isDimNode = (id: string) => snapshot.emphasis !== null && !snapshot.emphasis.nodes.has(id) && id !== snapshot.selected;
  const nameOf = new Map(snapshot.nodes.map((item) => [item.node.id, item.org.name]));

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${escapeXml(FONT)}" role="img" aria-labelledby="title desc">`);
  out.push(`<title id="title">${escapeXml(options.title)}</title>`);
  out.push(`<desc id="desc">${escapeXml(`${nodes.length} organisations and ${snapshot.links.length} ties.${options.subtitle ? ` ${options.subtitle}` : ''}`)}</desc>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="20" y="28" font-size="17" font-weight="600" fill="#1b2430">${escapeXml(options.title)}</text>`);
  if (options.subtitle) out.push(`<text x="20" y="45" font-size="11" fill="#5b6472">${escapeXml(options.subtitle)}</text>`);

  out.push(`<g transform="translate(${n(dx)} ${n(dy)})">`);
  out.push('<g fill="none" stroke-linecap="round">');
  for (const item of snapshot.links) {
    const source = item.link.source as LayoutNode;
    const target = item.link.target as LayoutNode;
    if (source.x === undefined || source.y === undefined || target.x === undefined || target.y === undefined) continue;
    const geometry = linkGeometry({ x: source.x, y: source.y, radius: source.radius }, { x: target.x, y: target.y, radius: target.radius }, item.bend, 7, item.flip);
    if (!geometry) continue;
    const mark = snapshot.timeMarks.get(item.tie.id);
    const style = mark ? MARK_STYLES[mark] : snapshot.styles.tie(item.tie.type);
    const strong = snapshot.emphasis?.links.has(item.tie.id) ?? false;
    const opacity = snapshot.emphasis && !strong ? dimTo : strong ? 1 : 0.8;
    const d = geometry.curved
      ? `M${n(geometry.x1)} ${n(geometry.y1)} Q${n(geometry.cx)} ${n(geometry.cy)} ${n(geometry.x2)} ${n(geometry.y2)}`
      : `M${n(geometry.x1)} ${n(geometry.y1)} L${n(geometry.x2)} ${n(geometry.y2)}`;
    const [tip, left, right] = geometry.arrow;
    const sentence = `${nameOf.get(source.id) ?? source.id} ${style.label} ${nameOf.get(target.id) ?? target.id}`;
    out.push(`<g opacity="${n(opacity)}"><title>${escapeXml(sentence)}</title>`
      + `<path d="${d}" stroke="${escapeXml(style.colour)}" stroke-width="${strong ? 3 : 1.3}"${style.dash.length ? ` stroke-dasharray="${escapeXml(style.dash.join(' '))}"` : ''}/>`
      + `<path d="M${n(tip.x)} ${n(tip.y)} L${n(left.x)} ${n(left.y)} L${n(right.x)} ${n(right.y)} Z" fill="${escapeXml(style.colour)}"/></g>`);
  }
  out.push('</g>');
  out.push('<g stroke="#ffffff" stroke-width="1.5">');
  for (const item of nodes) {
    const colour = snapshot.styles.kind(item.org.kind).colour;
    const dim = isDimNode(item.node.id);
    const ring = item.node.id === snapshot.selected ? ' stroke="#111827" stroke-width="3"' : snapshot.emphasis?.halo && !dim ? ' stroke="#d97706" stroke-width="2.5"' : '';
    out.push(`<circle cx="${n(item.node.x!)}" cy="${n(item.node.y!)}" r="${n(item.node.radius)}" fill="${escapeXml(colour)}"${ring}${dim ? ` opacity="${n(dimTo)}"` : ''}>`
      + `<title>${escapeXml(`${item.org.name} (${snapshot.styles.kind(item.org.kind).label})`)}</title></circle>`);
  }
  out.push('</g>');
  out.push('<g font-size="12" fill="#1b2430" text-anchor="middle" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">');
  for (const label of chooseLabels(snapshot)) {
    out.push(`<text x="${n(label.x)}" y="${n(label.y)}"${label.item.node.id === snapshot.selected ? ' font-weight="600"' : ''}>${escapeXml(label.text)}</text>`);
  }
  out.push('</g></g>');

  out.push(`<g transform="translate(20 ${n(legendTop)})" font-size="12" fill="#1b2430">`);
  out.push(`<text y="14" font-weight="600">Organisations (size: number of ties)</text>`);
  legend.kinds.forEach((kind, index) => {
    const y = 32 + index * 20;
    out.push(`<circle cx="6" cy="${y - 4}" r="6" fill="${escapeXml(kind.colour)}"/><text x="18" y="${y}">${escapeXml(`${kind.label} (${kind.count})`)}</text>`);
  });
  const column = Math.max(300, width / 2);
  out.push(`<text x="${n(column)}" y="14" font-weight="600">Ties (arrow: reads from → to)</text>`);
  legend.ties.forEach((tie, index) => {
    const y = 32 + index * 20;
    out.push(`<line x1="${n(column)}" y1="${y - 4}" x2="${n(column + 24)}" y2="${y - 4}" stroke="${escapeXml(tie.colour)}" stroke-width="2"${tie.dash.length ? ` stroke-dasharray="${escapeXml(tie.dash.join(' '))}"` : ''}/>`
      + `<path d="M${n(column + 30)} ${y - 4} L${n(column + 23)} ${y - 7.5} L${n(column + 23)} ${y - 0.5} Z" fill="${escapeXml(tie.colour)}"/>`
      + `<text x="${n(column + 38)}" y="${y}">${escapeXml(`${tie.label} (${tie.count})`)}</text>`);
  });
  out.push('</g></svg>');
  return out.join('\n');
}
