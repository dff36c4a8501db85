// Legend and filters in one: each organisation kind and tie type with its colour (and dash), a checkbox that
// shows or hides it at once, and how many are in the loaded view / in the database.
import { actions, composeView, type AppState } from '../app-state.ts';
import { h, lineSample, swatch, uid } from '../dom.ts';
import { stylesFor } from '../graph/graph-styles.ts';
import { changed, type Store } from '../store.ts';

export function createFiltersPanel(element: HTMLElement, store: Store<AppState>): () => void {
  const titleId = uid('filters-title');
  element.setAttribute('aria-labelledby', titleId);

  function render(state: AppState) {
    const focusedKey = (document.activeElement as HTMLElement | null)?.dataset?.filterKey;
    const styles = stylesFor(state.meta);
    // Counts are of the loaded view before these filters apply, so a hidden kind still says what it would add.
    const loaded = state.base ? composeView({ ...state, hiddenKinds: [], hiddenTieTypes: [] }) : { nodes: [], links: [] };
    const kindCounts = new Map<string, number>();
    const tieCounts = new Map<string, number>();
    for (const node of loaded.nodes) kindCounts.set(node.kind, (kindCounts.get(node.kind) ?? 0) + 1);
    for (const link of loaded.links) tieCounts.set(link.type, (tieCounts.get(link.type) ?? 0) + 1);

    const kinds = state.meta?.kinds ?? [...kindCounts.keys()].map((id) => ({ id, count: 0 }));
    const tieTypes = state.meta?.tieTypes ?? [...tieCounts.keys()].map((id) => ({ id, count: 0 }));

    const row = (key: string, checked: boolean, sample: Element, label: string, inView: number, total: number, onChange: () => void, only?: () => void) => {
      const id = uid('filter');
      return h('li', { class: `filter-row${inView === 0 ? ' is-absent' : ''}` }, [
        h('input', { attrs: { type: 'checkbox', id, checked, 'data-filter-key': key }, on: { change: onChange } }),
        h('label', { attrs: { for: id } }, [
          sample,
          h('span', { class: 'filter-label', text: label }),
          h('span', { class: 'filter-count', text: String(inView), attrs: { title: `${inView} in this view, ${total} in the database` } }),
        ]),
        only ? h('button', { class: 'filter-only', text: 'only', attrs: { type: 'button', 'aria-label': `Only ${label} ties`, 'data-filter-key': `only:${key}` }, on: { click: only } }) : null,
      ]);
    };

    const hiddenCount = state.hiddenKinds.length + state.hiddenTieTypes.length;
    if (!state.meta && !kinds.length) {
      element.replaceChildren(
        h('h2', { class: 'panel-title', text: 'Legend and filters', attrs: { id: titleId } }),
        h('p', { class: 'loading', text: 'Loading the kinds of organisation and tie…' }),
      );
      return;
    }
    element.replaceChildren(
      h('h2', { class: 'panel-title', text: 'Legend and filters', attrs: { id: titleId } }),
      h('p', { class: 'muted small', text: 'Untick to hide; “only” shows one tie type alone (again: all). Numbers: in this view (hover for the database total). Circle size: number of ties.' }),
      h('fieldset', { class: 'filter-group' }, [
        h('legend', { text: 'Organisation kinds' }),
        h('ul', { class: 'filter-list' }, kinds.map((kind) => {
          const style = styles.kind(kind.id);
          return row(`kind:${kind.id}`, !state.hiddenKinds.includes(kind.id), swatch(style.colour, 'swatch swatch-dot'), style.plural || style.label,
            kindCounts.get(kind.id) ?? 0, kind.count, () => store.update((current) => actions.toggleKind(current, kind.id)));
        })),
      ]),
      h('fieldset', { class: 'filter-group' }, [
        h('legend', { text: 'Tie types (arrow points from subject to object)' }),
        h('ul', { class: 'filter-list' }, tieTypes.map((type) => {
          const style = styles.tie(type.id);
          return row(`tie:${type.id}`, !state.hiddenTieTypes.includes(type.id), lineSample(style.colour, style.dash, style.symmetric), style.label,
            tieCounts.get(type.id) ?? 0, type.count, () => store.update((current) => actions.toggleTieType(current, type.id)),
            () => store.update((current) => actions.onlyTieType(current, type.id)));
        })),
      ]),
      h('button', {
        class: 'button', text: hiddenCount ? `Show all (${hiddenCount} hidden)` : 'Show all', attrs: { type: 'button', disabled: hiddenCount === 0 },
        on: { click: () => store.update((current) => actions.showAllFilters(current)) },
      }),
    );
    if (focusedKey) element.querySelector<HTMLElement>(`[data-filter-key="${CSS.escape(focusedKey)}"]`)?.focus();
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'meta', 'base', 'expansions', 'expanded', 'hidden', 'hiddenKinds', 'hiddenTieTypes', 'pathResult', 'pathIndex')) render(state);
  });
  render(store.get());
  return unsubscribe;
}
