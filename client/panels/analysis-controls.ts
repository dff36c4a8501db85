// Pieces the Analysis tab's sections share: labelled selects, organisation names and links to select them.
import type { AppState } from '../app-state.ts';
import { h, uid } from '../dom.ts';
import type { Store } from '../store.ts';

/** How many organisations a ranked list shows. */
export const TOP = 10;

export function labelled(label: string, control: HTMLSelectElement): HTMLElement {
  control.id = uid('analysis');
  return h('div', { class: 'field' }, [h('label', { text: label, attrs: { for: control.id } }), control]);
}

export function choice<T extends string>(options: readonly T[], words: Record<T, string>, onChange: (value: T) => void): HTMLSelectElement {
  const select = h('select', { on: { change: () => onChange(select.value as T) } }, options.map((value) => h('option', { text: words[value], attrs: { value } })));
  return select;
}

export const nameOf = (state: AppState, id: string) => state.names[id] ?? state.visible.nodes.find((node) => node.id === id)?.name ?? id;

export const organisationButton = (store: Store<AppState>, state: AppState, id: string) =>
  h('button', { class: 'link-button', text: nameOf(state, id), attrs: { type: 'button' }, on: { click: () => store.update({ selected: id }) } });
