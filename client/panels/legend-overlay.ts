// A compact legend over the drawing (folded by default): the kinds and tie types in the current view, and how to
// read sizes, arrows and pins. The full legend, with filters and counts, is the Filters tab.
import type { AppState } from '../app-state.ts';
import { h, lineSample, swatch } from '../dom.ts';
import { stylesFor } from '../graph/graph-styles.ts';
import { changed, type Store } from '../store.ts';

export function createLegendOverlay(element: HTMLDetailsElement, store: Store<AppState>): () => void {
  const body = h('div', { class: 'legend-body' });
  element.replaceChildren(h('summary', { text: 'Legend' }), body);

  function render(state: AppState) {
    element.hidden = state.table || state.visible.nodes.length === 0;
    if (!element.open && body.childElementCount) return;
    const styles = stylesFor(state.meta);
    const kinds = [...new Set(state.visible.nodes.map((node) => node.kind))].map((id) => styles.kind(id)).sort((a, b) => a.label.localeCompare(b.label));
    const types = [...new Set(state.visible.links.map((link) => link.type))].map((id) => styles.tie(id)).sort((a, b) => a.label.localeCompare(b.label));
    body.replaceChildren(
      h('ul', { class: 'legend-list', attrs: { 'aria-label': 'Organisation kinds in view' } }, kinds.map((kind) => h('li', {}, [swatch(kind.colour, 'swatch swatch-dot'), kind.label]))),
      h('ul', { class: 'legend-list', attrs: { 'aria-label': 'Tie types in view' } }, types.map((type) => h('li', {}, [lineSample(type.colour, type.dash), type.label]))),
      h('p', { class: 'legend-note', text: 'Size: number of ties. Arrows read from subject to object. A dark dot marks a pinned organisation.' }),
    );
  }
  element.addEventListener('toggle', () => render(store.get()));
  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'visible', 'meta', 'table')) render(state);
  });
  render(store.get());
  return unsubscribe;
}
