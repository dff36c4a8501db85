// The path finder's choice of tie types a path may use: all by default, each one on or off, or one "only".
import type { AppState } from '../app-state.ts';
import { h, lineSample, uid } from '../dom.ts';
import { stylesFor } from '../graph/graph-styles.ts';
import type { Store } from '../store.ts';

export interface PathTieTypes {
  element: HTMLElement;
  /** Draws the types afresh from the store's vocabulary and the draft's choice. */
  render(): void;
}

/** `draft.tieTypes` is the choice: empty means every type. */
export function createPathTieTypes(store: Store<AppState>, draft: { tieTypes: string[] }): PathTieTypes {
  const typeList = h('ul', { class: 'filter-list' });
  const typeSummary = h('summary', { text: 'Tie types to use: all' });
  const element = h('details', { class: 'types-details' }, [typeSummary, h('fieldset', { class: 'filter-group' }, [h('legend', { class: 'visually-hidden', text: 'Tie types a path may use' }), typeList])]);

  function render() {
    const meta = store.get().meta;
    typeList.replaceChildren(...(meta?.tieTypes ?? []).map((type) => {
      const id = uid('via');
      const style = stylesFor(store.get().meta).tie(type.id);
      const input = h('input', { attrs: { type: 'checkbox', id, checked: draft.tieTypes.length === 0 || draft.tieTypes.includes(type.id) } });
      input.addEventListener('change', () => {
        const boxes = [...typeList.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
        const chosen = (meta?.tieTypes ?? []).filter((_, index) => boxes[index]?.checked).map((t) => t.id);
        draft.tieTypes = chosen.length === boxes.length ? [] : chosen;
        summarise();
      });
      const only = () => {
        draft.tieTypes = draft.tieTypes.length === 1 && draft.tieTypes[0] === type.id ? [] : [type.id];
        render();
        typeList.querySelector<HTMLElement>(`[data-only="${CSS.escape(type.id)}"]`)?.focus();
      };
      return h('li', { class: 'filter-row' }, [
        input,
        h('label', { attrs: { for: id } }, [lineSample(style.colour, style.dash, style.symmetric), h('span', { class: 'filter-label', text: style.label })]),
        h('button', { class: 'filter-only', text: 'only', attrs: { type: 'button', 'aria-label': `Paths over ${style.label} ties only`, 'data-only': type.id }, on: { click: only } }),
      ]);
    }));
    summarise();
  }

  function summarise() {
    typeSummary.textContent = draft.tieTypes.length ? `Tie types to use: ${draft.tieTypes.length} chosen` : 'Tie types to use: all';
  }

  return { element, render };
}
