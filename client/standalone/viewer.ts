// The self-contained page's viewer. Its source text is copied into the page (String(runViewer)), so it must stand
// alone: no imports, nothing from outside the function, DOM APIs only; its parts (viewer-parts.ts) are copied too
// and passed in. It draws the network as SVG, pans and zooms, searches by name, shows an organisation's ties with
// their evidence, and fills the legend.
import type { enablePanZoom, fillLegend, ViewerData } from './viewer-parts.ts';

export function runViewer(panZoomOf: typeof enablePanZoom, legendOf: typeof fillLegend): void {
  const data = JSON.parse(document.getElementById('page-data')!.textContent!) as ViewerData;
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.getElementById('network') as unknown as SVGSVGElement;
  const world = svg.querySelector('g')!;
  const details = document.getElementById('details')!;
  const search = document.getElementById('search') as HTMLInputElement;
  const results = document.getElementById('results')!;
  const svgElement = (tag: string, attributes: Record<string, string | number>) => {
    const element = document.createElementNS(NS, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    return element;
  };
  const htmlElement = (tag: string, text?: string, className?: string) => {
    const element = document.createElement(tag);
    if (text !== undefined) element.textContent = text;
    if (className) element.className = className;
    return element;
  };
  const colourOf = new Map(data.kinds.map((kind) => [kind.id, kind.colour]));
  const kindLabel = new Map(data.kinds.map((kind) => [kind.id, kind.label]));
  const typeOf = new Map(data.types.map((type) => [type.id, type]));

  const lines = data.links.map((link) => {
    const a = data.nodes[link.s]!;
    const b = data.nodes[link.t]!;
    const type = typeOf.get(link.type);
    const line = svgElement('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: type?.colour ?? '#8a93a1', 'stroke-width': 1.3, 'stroke-dasharray': type?.dash ?? '', class: 'tie' });
    world.append(line);
    return line;
  });
  const groups = data.nodes.map((node, index) => {
    const group = svgElement('g', { class: 'org', transform: `translate(${node.x} ${node.y})`, tabindex: 0, role: 'button', 'aria-label': node.name });
    const title = svgElement('title', {});
    title.textContent = node.name;
    const label = svgElement('text', { y: node.r + 11, 'text-anchor': 'middle' });
    label.textContent = node.label;
    group.append(title, svgElement('circle', { r: node.r, fill: colourOf.get(node.kind) ?? '#8a93a1' }), label);
    group.addEventListener('click', (event) => {
      event.stopPropagation();
      select(index);
    });
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') select(index);
    });
    world.append(group);
    return group;
  });

  const panZoom = panZoomOf(svg, world, data.nodes);

  function select(index: number) {
    const node = data.nodes[index]!;
    const ties = data.links.map((link, position) => ({ link, position })).filter(({ link }) => link.s === index || link.t === index);
    const near = new Set([index, ...ties.flatMap(({ link }) => [link.s, link.t])]);
    groups.forEach((group, position) => group.classList.toggle('dim', !near.has(position)));
    lines.forEach((line, position) => line.classList.toggle('dim', !ties.some((tie) => tie.position === position)));
    const list = htmlElement('ul', undefined, 'ties');
    for (const { link } of ties) {
      const item = htmlElement('li');
      const sentence = `${data.nodes[link.s]!.name} ${typeOf.get(link.type)?.label ?? link.type} ${data.nodes[link.t]!.name}`;
      item.append(htmlElement('p', sentence + (link.dates ? ` (${link.dates})` : ''), 'sentence'));
      for (const evidence of link.evidence) {
        const quote = htmlElement('blockquote', evidence.quote);
        const cite = htmlElement('cite', data.sources[evidence.source] ?? '');
        item.append(quote, cite);
      }
      list.append(item);
    }
    details.replaceChildren(htmlElement('h2', node.name), htmlElement('p', `${kindLabel.get(node.kind) ?? node.kind} · ${ties.length} ${ties.length === 1 ? 'tie' : 'ties'}`, 'muted'), list);
  }
  svg.addEventListener('click', () => {
    for (const element of [...groups, ...lines]) element.classList.remove('dim');
  });

  search.addEventListener('input', () => {
    const query = search.value.trim().toLowerCase();
    const found = query ? data.nodes.map((node, index) => ({ node, index })).filter(({ node }) => node.name.toLowerCase().includes(query)).slice(0, 8) : [];
    results.replaceChildren(...found.map(({ node, index }) => {
      const button = htmlElement('button', node.name);
      button.addEventListener('click', () => {
        select(index);
        panZoom.centreOn(node);
        results.replaceChildren();
      });
      const item = htmlElement('li');
      item.append(button);
      return item;
    }));
  });

  legendOf(data, svgElement, htmlElement);
  panZoom.fit();
}
