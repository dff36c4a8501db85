// The self-contained page's viewer. Its source text is copied into the page (String(runViewer)), so it must stand
// alone: no imports, nothing from outside the function, DOM APIs only. It draws the network as SVG, pans and
// zooms, searches by name, shows an organisation's ties with their evidence, and fills the legend.
export function runViewer(): void {
  interface Node { id: string; name: string; label: string; kind: string; x: number; y: number; r: number }
  interface Evidence { quote: string; source: number }
  interface Link { s: number; t: number; type: string; dates: string; evidence: Evidence[] }
  interface Data { title: string; caption: string; kinds: Array<{ id: string; label: string; colour: string }>; types: Array<{ id: string; label: string; colour: string; dash: string }>; nodes: Node[]; sources: string[]; links: Link[] }

  const data = JSON.parse(document.getElementById('page-data')!.textContent!) as Data;
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

  // Pan and zoom: screen = world × k + (x, y).
  const view = { k: 1, x: 0, y: 0 };
  const apply = () => world.setAttribute('transform', `translate(${view.x} ${view.y}) scale(${view.k})`);
  function fit() {
    const width = svg.clientWidth || 800;
    const height = svg.clientHeight || 600;
    if (!data.nodes.length) return;
    const xs = data.nodes.map((node) => node.x);
    const ys = data.nodes.map((node) => node.y);
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
        view.k = Math.max(view.k, 1);
        view.x = svg.clientWidth / 2 - node.x * view.k;
        view.y = svg.clientHeight / 2 - node.y * view.k;
        apply();
        results.replaceChildren();
      });
      const item = htmlElement('li');
      item.append(button);
      return item;
    }));
  });

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
  fit();
}
