// The drawing's keyboard: arrow keys walk along ties from the selected organisation (saying where they arrived),
// Enter/E expands, H hides, P releases a pin, F fits, + and − zoom, Escape clears the selection.
import type { GraphStyles } from './graph-styles.ts';
import { count } from '../view-helpers.ts';
import { stepAlongTie } from './highlight.ts';
import type { SceneNode } from './scene.ts';

/** What the keys act on: the graph view's current state and commands. */
export interface KeyboardTarget {
  selected(): string | null;
  items(): ReadonlyMap<string, SceneNode>;
  partners(id: string): ReadonlySet<string>;
  styles(): GraphStyles;
  select(id: string | null): void;
  expand(id: string): void;
  hide(id: string): void;
  isPinned(id: string): boolean;
  unpin(id: string): void;
  fit(): void;
  zoomBy(factor: number): void;
  announce(text: string): void;
}

const DIRECTIONS: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };

/** "LTHT, NHS trust, 25 ties in view: …" for screen readers, after each step. */
function describe(target: KeyboardTarget, id: string): string {
  const items = target.items();
  const item = items.get(id);
  if (!item) return '';
  const around = [...target.partners(id)].map((other) => items.get(other)?.org.name).filter(Boolean);
  const list = around.slice(0, 5).join(', ');
  return `${item.org.name}, ${target.styles().kind(item.org.kind).label}, ${count(around.length, 'tie', 'ties')} in view${list ? `: ${list}${around.length > 5 ? ' and others' : ''}` : ''}.`;
}

function step(target: KeyboardTarget, [dx, dy]: [number, number]) {
  const items = target.items();
  const selected = target.selected();
  const current = selected ? items.get(selected) : undefined;
  let next: string | null;
  if (!current || current.node.x === undefined) {
    // Nothing selected yet: start from the best-connected organisation in view.
    next = [...items.values()].sort((a, b) => b.org.degree - a.org.degree)[0]?.node.id ?? null;
  } else {
    const partners = [...target.partners(current.node.id)].map((id) => items.get(id)?.node)
      .filter((node) => node?.x !== undefined).map((node) => ({ id: node!.id, x: node!.x!, y: node!.y! }));
    next = stepAlongTie({ id: current.node.id, x: current.node.x!, y: current.node.y! }, partners, dx, dy);
  }
  if (next) {
    target.select(next);
    target.announce(describe(target, next));
  } else {
    target.announce(`${current?.org.name ?? 'This organisation'} has no ties in view.`);
  }
}

export function keyboardHandler(target: KeyboardTarget): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const selected = target.selected();
    const direction = DIRECTIONS[event.key];
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    let handled = true;
    if (direction) step(target, direction);
    else if ((key === 'Enter' || key === 'e') && selected) target.expand(selected);
    else if ((key === 'h' || key === 'Delete') && selected) target.hide(selected);
    else if (key === 'p' && selected) {
      if (target.isPinned(selected)) {
        target.unpin(selected);
        target.announce('Pin released.');
      }
    } else if (key === 'f' || key === '0') target.fit();
    else if (key === '+' || key === '=') target.zoomBy(1.4);
    else if (key === '-' || key === '_') target.zoomBy(1 / 1.4);
    else if (key === 'Escape' && selected) target.select(null);
    else handled = false;
    if (handled) event.preventDefault();
  };
}
