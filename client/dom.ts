// A tiny element builder. Text always goes in as text nodes (never as HTML), so names and quotes that contain
// markup are shown as they are and can never run.

type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(name, listener as EventListener);
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

let counter = 0;
/** A unique id for label/control pairs. */
export const uid = (prefix: string) => `${prefix}-${(counter += 1)}`;

/** A link to a source; only http(s) addresses become links, anything else stays text. */
export function externalLink(url: string | null | undefined, text: string): HTMLElement {
  if (url && /^https?:\/\//i.test(url)) {
    return h('a', { text, attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } });
  }
  return h('span', { text });
}

/** A small colour swatch (a dot for kinds). Colours come from data: set through CSSOM, never as markup. */
export function swatch(colour: string, className = 'swatch'): HTMLElement {
  const element = h('span', { class: className, attrs: { 'aria-hidden': 'true' } });
  element.style.backgroundColor = colour;
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';
/** A short line sample for a tie type, drawn with its colour and dash pattern. */
/** A tie type's line as a small picture; a symmetric type's has no arrowhead, as on the canvas. */
export function lineSample(colour: string, dash: readonly number[], symmetric = false): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '10');
  svg.setAttribute('viewBox', '0 0 28 10');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'line-sample');
  const line = document.createElementNS(SVG, 'line');
  line.setAttribute('x1', '1');
  line.setAttribute('y1', '5');
  line.setAttribute('x2', symmetric ? '27' : '21');
  line.setAttribute('y2', '5');
  line.setAttribute('stroke', colour);
  line.setAttribute('stroke-width', '2');
  if (dash.length) line.setAttribute('stroke-dasharray', dash.join(' '));
  svg.append(line);
  if (symmetric) return svg;
  const head = document.createElementNS(SVG, 'path');
  head.setAttribute('d', 'M27 5 L20 1.5 L20 8.5 Z');
  head.setAttribute('fill', colour);
  svg.append(head);
  return svg;
}

/** Runs `fn` at most once per `ms`, after the last call (for typing). */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): ((...args: A) => void) & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wrapped = (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  wrapped.cancel = () => clearTimeout(timer);
  return wrapped;
}
