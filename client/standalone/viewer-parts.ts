// Parts of the self-contained page's viewer. Like runViewer, each one's source text is copied into the page, so each
// must stand alone: no imports, nothing from outside the function, DOM APIs only; they get what they need as arguments.

export interface ViewerNode { id: string; name: string; label: string; kind: string; x: number; y: number; r: number }
export interface ViewerData {
  title: string;
  caption: string;
  kinds: Array<{ id: string; label: string; colour: string }>;
  types: Array<{ id: string; label: string; colour: string; dash: string }>;
  nodes: ViewerNode[];
  sources: string[];
  links: Array<{ s: number; t: number; type: string; dates: string; evidence: Array<{ quote: string; source: number }> }>;
}
export type SvgElementMaker = (tag: string, attributes: Record<string, string | number>) => Element;
export type HtmlElementMaker = (tag: string, text?: string, className?: string) => HTMLElement;

export interface PanZoom {
  /** Shows the whole network. */
  fit(): void;
  /** Centres the view on a node, zooming in to at least the natural size. */
  centreOn(node: ViewerNode): void;
}

/** Pan by dragging, zoom by wheel and the zoom buttons; screen = world × k + (x, y). */
export function enablePanZoom(svg: SVGSVGElement, world: SVGGElement, nodes: ViewerNode[]): PanZoom {
  const view = { k: 1, x: 0, y: 0 };
  const apply = () => world.setAttribute('transform', `translate(${view.x} ${view.y}) scale(${view.k})`);
  function fit() {
    const width = svg.clientWidth || 800;
    const height = svg.clientHeight || 600;
    if (!nodes.length) return;
    const xs = nodes.map((node) => node.x);
    const ys = nodes.map((node) => node.y);
    const [x0, x1, y0, y1] = [Math.min(...xs) - 40, Math.max(...xs) + 40, Math.min(...ys) - 30, Math.max(...ys) + 40];
    view.k = Math.min(2, width / (x1 - x0), height / (y1 - y0));
    view.x = (width - (x1 + x0) * view.k) / 2;
    view.y = (height - (y1 + y0) * view.k) / 2;
    apply();
  }
  function zoomAt(factor: number, px: number, py: number) {
    const k = Math.min(12, Math.max(0.05, view.k * factor));
    view.x = px - ((px - view.x) / view.k) * k;
    view.y = py - ((py - view.y) / view.k) * k;
    view.k = k;
    apply();
  }
  svg.addEventListener('wheel', (event) => {
    event.preventDefault();
    const box = svg.getBoundingClientRect();
    zoomAt(Math.exp(-event.deltaY / 300), event.clientX - box.left, event.clientY - box.top);
  }, { passive: false });
  let drag: { x: number; y: number } | null = null;
  svg.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX - view.x, y: event.clientY - view.y };
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener('pointermove', (event) => {
    if (!drag) return;
    view.x = event.clientX - drag.x;
    view.y = event.clientY - drag.y;
    apply();
  });
  svg.addEventListener('pointerup', () => {
    drag = null;
  });
  for (const [id, factor] of [['zoom-in', 1.4], ['zoom-out', 1 / 1.4]] as const) {
    document.getElementById(id)!.addEventListener('click', () => zoomAt(factor, svg.clientWidth / 2, svg.clientHeight / 2));
  }
  document.getElementById('fit')!.addEventListener('click', fit);
  function centreOn(node: ViewerNode) {
    view.k = Math.max(view.k, 1);
    view.x = svg.clientWidth / 2 - node.x * view.k;
    view.y = svg.clientHeight / 2 - node.y * view.k;
    apply();
  }
  return { fit, centreOn };
}

/** A dot per kind of organisation and a line sample per type of tie. */
export function fillLegend(data: ViewerData, svgElement: SvgElementMaker, htmlElement: HtmlElementMaker): void {
  const legend = document.querySelector('#legend ul')!;
  for (const kind of data.kinds) {
    const item = htmlElement('li', kind.label);
    const dot = svgElement('svg', { width: 12, height: 12, 'aria-hidden': 'true' });
    dot.append(svgElement('circle', { cx: 6, cy: 6, r: 5, fill: kind.colour }));
    item.prepend(dot);
    legend.append(item);
  }
  for (const type of data.types) {
    const item = htmlElement('li', type.label);
    const sample = svgElement('svg', { width: 22, height: 12, 'aria-hidden': 'true' });
    sample.append(svgElement('line', { x1: 1, y1: 6, x2: 21, y2: 6, stroke: type.colour, 'stroke-width': 2, 'stroke-dasharray': type.dash }));
    item.prepend(sample);
    legend.append(item);
  }
}
