// A compact legend over the drawing (folded by default): the kinds and tie types in the current view, and how to
// read sizes, arrows and pins. The full legend, with filters and counts, is the Filters tab.
import { COLOUR_LABELS, groupLegend, sizeNote } from '../analysis/appearance.ts';
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
    // Coloured by community or component (the Analysis tab), the groups replace the kinds.
    const colours = state.colourBy === 'kind'
      ? [...new Set(state.visible.nodes.map((node) => node.kind))].map((id) => styles.kind(id)).sort((a, b) => a.label.localeCompare(b.label))
      : groupLegend(state.colourBy, state.viewMeasures?.organisations ?? []);
    const types = [...new Set(state.visible.links.map((link) => link.type))].map((id) => styles.tie(id)).sort((a, b) => a.label.localeCompare(b.label));
    body.replaceChildren(
      h('ul', { class: 'legend-list', attrs: { 'aria-label': state.colourBy === 'kind' ? 'Organisation kinds in view' : `${COLOUR_LABELS[state.colourBy]} colours in view` } },
        colours.map((entry) => h('li', {}, [swatch(entry.colour, 'swatch swatch-dot'), entry.label]))),
      h('ul', { class: 'legend-list', attrs: { 'aria-label': 'Tie types in view' } }, types.map((type) => h('li', {}, [lineSample(type.colour, type.dash, type.symmetric), type.label]))),
      h('p', { class: 'legend-note', text: `${sizeNote(state.sizeBy)} ${types.some((type) => !type.symmetric) ? 'Arrows read from subject to object. ' : ''}A dark dot marks a pinned organisation.` }),
    );
  }
  element.addEventListener('toggle', () => render(store.get()));
  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'visible', 'meta', 'table', 'viewMeasures', 'sizeBy', 'colourBy')) render(state);
  });
  render(store.get());
  return unsubscribe;
}
