// The Analysis tab's common partners of the selected organisation and another, with the evidence of each tie.
import type { Api } from '../api.ts';
import { describeFailure, isAbort, ApiError } from '../api.ts';
import type { AppState } from '../app-state.ts';
import { h } from '../dom.ts';
import { stylesFor } from '../graph/graph-styles.ts';
import type { Store } from '../store.ts';
import { evidenceList, passageOpener } from '../view-helpers.ts';
import { nameOf } from './analysis-controls.ts';
import { createCombobox } from './combobox.ts';

export interface CommonPartnersSection {
  element: HTMLElement;
  /** Names the selected organisation, or asks for one. */
  renderIntro(state: AppState): void;
  /** Forgets the other organisation and its answer (the selection changed). */
  reset(): void;
  destroy(): void;
}

export function createCommonPartnersSection(store: Store<AppState>, api: Api): CommonPartnersSection {
  const partnersIntro = h('p', { class: 'muted small' });
  const partners = h('div', { class: 'analysis-partners', attrs: { 'aria-live': 'polite' } });
  let partnersRequest: AbortController | null = null;
  const other = createCombobox({
    label: 'and', placeholder: 'Another organisation', name: 'common-partner',
    search: (query, signal) => api.search(query, signal),
    kind: (kind) => stylesFor(store.get().meta).kind(kind),
    onChoose: (result) => void askPartners(result.id, result.name),
  });
  const element = h('section', { class: 'analysis-section' }, [
    h('h3', { text: 'Common partners' }),
    partnersIntro,
    other.element,
    partners,
  ]);

  function renderIntro(state: AppState) {
    partnersIntro.textContent = state.selected
      ? `Organisations tied to both ${nameOf(state, state.selected)} and:`
      : 'Select an organisation in the network, then choose another here.';
    other.input.disabled = !state.selected;
  }

  async function askPartners(otherId: string, otherName: string) {
    const selected = store.get().selected;
    if (!selected) return;
    partnersRequest?.abort();
    const request = (partnersRequest = new AbortController());
    partners.replaceChildren(h('p', { class: 'muted small', text: 'Finding common partners…' }));
    try {
      const list = await api.commonPartners([selected, otherId], request.signal);
      if (request !== partnersRequest) return;
      const state = store.get();
      const [first, second] = [nameOf(state, selected), otherName];
      partners.replaceChildren(list.length
        ? h('ul', { class: 'analysis-partner-list', attrs: { 'aria-label': `Common partners of ${first} and ${second}` } }, list.map((partner) =>
          h('li', { attrs: { 'data-id': partner.id } }, [
            h('button', { class: 'link-button', text: partner.name, attrs: { type: 'button' }, on: { click: () => store.update({ selected: partner.id }) } }),
            ...partner.ties.map((ties, index) => h('details', { class: 'analysis-evidence' }, [
              h('summary', { text: `With ${index === 0 ? first : second}: ${ties.map((tie) => stylesFor(state.meta).tie(tie.type).label).join(', ')}` }),
              evidenceList(ties.flatMap((tie) => tie.evidence), passageOpener(store)),
            ])),
          ])))
        : h('p', { class: 'muted small', text: `${first} and ${second} have no partner in common.` }));
    } catch (error) {
      if (isAbort(error) || request !== partnersRequest) return;
      partners.replaceChildren(h('p', { class: 'error', text: error instanceof ApiError ? error.message : describeFailure(0, undefined) }));
    }
  }

  function reset() {
    partnersRequest?.abort();
    partners.replaceChildren();
    other.setValue('');
  }

  return {
    element, renderIntro, reset,
    destroy: () => {
      partnersRequest?.abort();
      other.destroy();
    },
  };
}
