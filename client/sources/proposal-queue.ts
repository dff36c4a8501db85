// The open document's proposals to review: accept (a tie's type editable), reject, merge a proposed organisation
// into a known one, or pick several and accept them at once.
import type { Api } from '../api.ts';
import type { AppState } from '../app-state.ts';
import { h, uid } from '../dom.ts';
import { stylesFor } from '../graph/graph-styles.ts';
import { createCombobox, type Combobox } from '../panels/combobox.ts';
import type { Store } from '../store.ts';
import { sourcesApi, type Proposal } from './sources-api.ts';

export interface ProposalQueue {
  list: HTMLUListElement;
  acceptSelected: HTMLButtonElement;
  /** `documentOpen` chooses what an empty queue says. */
  show(proposals: Proposal[], documentOpen: boolean): void;
}

/** `decide` runs a review action, reports `done` and reloads the document. */
export type Decide = (action: () => Promise<unknown>, done: string) => Promise<void>;

export function createProposalQueue(store: Store<AppState>, api: Api, decide: Decide): ProposalQueue {
  const list = h('ul', { class: 'documents-queue', attrs: { 'aria-label': 'Proposals to review' } });
  const acceptSelected = h('button', { class: 'button button-primary', text: 'Accept selected', attrs: { type: 'button' } });
  const chosen = new Set<string>();
  let mergeBoxes: Combobox[] = [];
  acceptSelected.addEventListener('click', () => void decide(() => sourcesApi.accept([...chosen].map((id) => ({ id }))), 'Accepted the selected proposals.'));

  /** A tie proposal's end by name: a known organisation, or the organisation proposed (or what it became). */
  function endName(key: string | null, proposals: Proposal[]): string {
    if (!key) return '?';
    const proposed = proposals.find((proposal) => proposal.kind === 'organisation' && proposal.orgKey === key);
    if (!proposed) return store.get().names[key] ?? key;
    if (proposed.resultId) return store.get().names[proposed.resultId] ?? proposed.name ?? key;
    return `${proposed.name ?? key} (proposed)`;
  }

  /** "Merge into…" opens a search for the known organisation a proposed one really is. */
  function mergeControl(proposal: Proposal): HTMLElement {
    let into: string | null = null;
    const box = createCombobox({
      label: `Merge ${proposal.name ?? 'this organisation'} into`, placeholder: 'Known organisation', hiddenLabel: true,
      search: (query, signal) => api.search(query, signal), kind: (id) => stylesFor(store.get().meta).kind(id),
      onChoose: (result) => { into = result.id; confirm.disabled = false; },
    });
    box.input.addEventListener('input', () => { into = null; confirm.disabled = true; });
    mergeBoxes.push(box);
    const confirm = h('button', {
      class: 'button button-small', text: 'Merge', attrs: { type: 'button', disabled: true },
      on: { click: () => into && void decide(() => sourcesApi.merge(proposal.id, into!), 'Merged.') },
    });
    const group = h('div', { class: 'proposal-merge', attrs: { role: 'group', 'aria-label': `Merge ${proposal.name ?? ''}` } }, [box.element, confirm]);
    group.hidden = true;
    const toggle = h('button', {
      class: 'button button-small', text: 'Merge into…', attrs: { type: 'button', 'aria-expanded': 'false' },
      on: {
        click: () => {
          group.hidden = !group.hidden;
          toggle.setAttribute('aria-expanded', String(!group.hidden));
          if (!group.hidden) box.focus();
        },
      },
    });
    return h('span', { class: 'proposal-merge-control' }, [toggle, group]);
  }

  function proposalItem(proposal: Proposal, proposals: Proposal[]): HTMLElement {
    const pickId = uid('pick');
    const typeSelect = h('select', { attrs: { 'aria-label': 'Type of tie' } }, (store.get().meta?.tieTypes ?? []).map((type) => h('option', { text: type.label, attrs: { value: type.id } })));
    if (proposal.type) typeSelect.value = proposal.type;
    const what = proposal.kind === 'tie'
      ? h('span', { class: 'proposal-what' }, [`${endName(proposal.from, proposals)} `, typeSelect, ` ${endName(proposal.to, proposals)}`])
      : h('span', { class: 'proposal-what', text: `New organisation: ${proposal.name} (${proposal.suggestedKind})` });
    const pick = h('input', { attrs: { type: 'checkbox', id: pickId }, on: { change: () => (pick.checked ? chosen.add(proposal.id) : chosen.delete(proposal.id)) } });
    return h('li', { class: 'proposal' }, [
      h('div', { class: 'proposal-pick' }, [pick, h('label', { class: 'muted small', text: `Select (confidence ${proposal.confidence.toFixed(2)})`, attrs: { for: pickId } })]),
      what,
      h('blockquote', { class: 'quote', text: `“${proposal.sentence}”` }),
      h('div', { class: 'button-row' }, [
        h('button', { class: 'button button-small', text: 'Accept', attrs: { type: 'button' }, on: { click: () => void decide(() => sourcesApi.accept([{ id: proposal.id, ...(proposal.kind === 'tie' ? { type: typeSelect.value } : {}) }]), 'Accepted.') } }),
        h('button', { class: 'button button-small', text: 'Reject', attrs: { type: 'button' }, on: { click: () => void decide(() => sourcesApi.reject([proposal.id]), 'Rejected.') } }),
        proposal.kind === 'organisation' ? mergeControl(proposal) : null,
      ]),
    ]);
  }

  function show(proposals: Proposal[], documentOpen: boolean): void {
    const waiting = proposals.filter((proposal) => proposal.status === 'open');
    // The checkboxes are drawn afresh, unticked.
    chosen.clear();
    for (const box of mergeBoxes) box.destroy();
    mergeBoxes = [];
    list.replaceChildren(...waiting.map((proposal) => proposalItem(proposal, proposals)));
    if (waiting.length === 0) list.replaceChildren(h('li', { class: 'muted small', text: documentOpen ? 'Nothing left to review in this document.' : 'Open a document to review what it states.' }));
    acceptSelected.hidden = waiting.length < 2;
  }

  return { list, acceptSelected, show };
}
