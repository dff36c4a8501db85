// The current view as a PNG: the same renderer as the screen, drawn off screen at twice the resolution with the
// whole view fitted, a title and the legend.
import { boundsOf, fitTransform } from './geometry.ts';
import type { GraphSnapshot } from './graph-view.ts';
import { LABEL_FONT, LABEL_FONT_STRONG } from './draw-labels.ts';
import { createRenderer } from './renderer.ts';
import { legendOf } from './svg-picture.ts';

export async function buildPng(snapshot: GraphSnapshot, options: { title: string; subtitle?: string; scale?: number }): Promise<Blob> {
  const scale = options.scale ?? 2;
  const legend = legendOf(snapshot);
  const bounds = boundsOf(snapshot.nodes.map((item) => item.node)) ?? { x0: 0, y0: 0, x1: 400, y1: 300 };
  // About as big as the drawing itself at zoom 1, within limits a browser can always allocate.
  const graphWidth = Math.min(2400, Math.max(900, bounds.x1 - bounds.x0 + 120));
  const graphHeight = Math.min(2400, Math.max(600, bounds.y1 - bounds.y0 + 140));
  const header = 56;
  const legendHeight = 40 + Math.max(legend.kinds.length, legend.ties.length) * 20;
  const width = graphWidth;
  const height = header + graphHeight + legendHeight;

  const canvas = document.createElement('canvas');
  const renderer = createRenderer(canvas, { background: '#ffffff', pixelRatio: scale });
  renderer.resize(width, height);
  const fit = fitTransform({ ...bounds, y1: bounds.y1 + 18 }, graphWidth, graphHeight, { x: 90, y: 40 }, 2);
  renderer.draw({ nodes: snapshot.nodes, links: snapshot.links, styles: snapshot.styles, selected: snapshot.selected, hovered: null, emphasis: snapshot.emphasis, labelBoost: new Set(), version: -1, timeMarks: snapshot.timeMarks }, { k: fit.k, x: fit.x, y: fit.y + header });

  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = '#1b2430';
  ctx.textBaseline = 'alphabetic';
  ctx.font = LABEL_FONT_STRONG.replace('13px', '18px');
  ctx.fillText(options.title, 20, 30);
  if (options.subtitle) {
    ctx.font = LABEL_FONT.replace('12px', '11px');
    ctx.fillStyle = '#5b6472';
    ctx.fillText(options.subtitle, 20, 47);
  }

  const top = header + graphHeight;
  ctx.strokeStyle = '#e3e7ee';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(20, top + 0.5);
  ctx.lineTo(width - 20, top + 0.5);
  ctx.stroke();
  ctx.fillStyle = '#1b2430';
  ctx.font = LABEL_FONT_STRONG.replace('13px', '12px');
  ctx.fillText('Organisations (size: number of ties)', 20, top + 22);
  const column = Math.max(320, width / 2);
  ctx.fillText('Ties (arrow: reads from → to)', column, top + 22);
  ctx.font = LABEL_FONT;
  legend.kinds.forEach((kind, index) => {
    const y = top + 42 + index * 20;
    ctx.fillStyle = kind.colour;
    ctx.beginPath();
    ctx.arc(26, y - 4, 6, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#1b2430';
    ctx.fillText(`${kind.label} (${kind.count})`, 38, y);
  });
  legend.ties.forEach((tie, index) => {
    const y = top + 42 + index * 20;
    ctx.strokeStyle = tie.colour;
    ctx.fillStyle = tie.colour;
    ctx.lineWidth = 2;
    ctx.setLineDash(tie.dash);
    ctx.beginPath();
    ctx.moveTo(column, y - 4);
    ctx.lineTo(column + 22, y - 4);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.moveTo(column + 30, y - 4);
    ctx.lineTo(column + 22, y - 8);
    ctx.lineTo(column + 22, y);
    ctx.closePath();
    ctx.fill();
    ctx.fillStyle = '#1b2430';
    ctx.fillText(`${tie.label} (${tie.count})`, column + 38, y);
  });

  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))), 'image/png');
  });
}
