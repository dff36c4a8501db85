// The path finder: From / To autocompletes, mode (shortest, all shortest, k shortest), max hops, tie types to use
// and organisations to avoid. Results are listed with their plain-English explanation and the evidence per step;
// choosing one highlights it in the network.
import type { Api } from '../api.ts';
import { actions, DEFAULT_PATH, pathKey, type AppState, type PathQuery } from '../app-state.ts';
import { h, uid } from '../dom.ts';
import { stylesFor } from '../graph/graph-styles.ts';
import { changed, type Store } from '../store.ts';
import type { PathMode } from '../types.ts';
import { createCombobox } from './combobox.ts';
import { createPathAvoidList } from './path-avoid-list.ts';
import { createPathResults } from './path-results.ts';
import { createPathTieTypes } from './path-tie-types.ts';
import { PATH_LIMITS, PATH_MODES } from '../../server/contract/formats.ts';

/** Every path mode the API has needs a label here (the compiler checks). */
const MODE_LABELS: Record<PathMode, string> = { shortest: 'Shortest path', 'all-shortest': 'All shortest paths', 'k-shortest': 'k shortest paths' };

interface Draft {
  from: string | null;
  to: string | null;
  mode: PathMode;
  k: number;
  maxHops: number;
  tieTypes: string[];
  avoid: string[];
}

export function createPathPanel(element: HTMLElement, store: Store<AppState>, api: Api): () => void {
  const titleId = uid('paths-title');
  element.setAttribute('aria-labelledby', titleId);
  const nameOf = (id: string) => store.get().names[id] ?? id;
  const search = (query: string, signal: AbortSignal) => api.search(query, signal);
  const kind = (id: string) => stylesFor(store.get().meta).kind(id);

  const initial = store.get().path;
  const draft: Draft = initial
    ? { ...initial, tieTypes: [...initial.tieTypes], avoid: [...initial.avoid] }
    : { from: null, to: null, ...DEFAULT_PATH, tieTypes: [], avoid: [] };

  const remember = (id: string, name: string) => store.update((state) => (state.names[id] === name ? null : { names: { ...state.names, [id]: name } }));
  const fromBox = createCombobox({ label: 'From', placeholder: 'Organisation to start from', search, kind, name: 'from', onChoose: (result) => { draft.from = result.id; remember(result.id, result.name); validate(); } });
  const toBox = createCombobox({ label: 'To', placeholder: 'Organisation to reach', search, kind, name: 'to', onChoose: (result) => { draft.to = result.id; remember(result.id, result.name); validate(); } });
  const avoid = createPathAvoidList({ draft, search, kind, nameOf, remember });
  // Typing after a choice means the choice no longer stands.
  fromBox.input.addEventListener('input', () => { draft.from = null; });
  toBox.input.addEventListener('input', () => { draft.to = null; });

  const modeId = uid('mode');
  const kId = uid('k');
  const hopsId = uid('hops');
  const mode = h('select', { attrs: { id: modeId, name: 'mode' } }, PATH_MODES.map((value) => h('option', { text: MODE_LABELS[value], attrs: { value } })));
  const { k: kLimits, maxHops: hopLimits } = PATH_LIMITS;
  const k = h('input', { attrs: { id: kId, type: 'number', min: kLimits.minimum, max: kLimits.maximum, step: 1, inputmode: 'numeric', name: 'k' } });
  const hops = h('input', { attrs: { id: hopsId, type: 'number', min: hopLimits.minimum, max: hopLimits.maximum, step: 1, inputmode: 'numeric', name: 'maxHops' } });
  const kField = h('div', { class: 'field field-small' }, [h('label', { class: 'field-label', text: 'k', attrs: { for: kId } }), k]);
  const tieTypes = createPathTieTypes(store, draft);
  const formMessage = h('p', { class: 'form-message', attrs: { role: 'alert' } });
  const results = createPathResults(store, api);

  mode.addEventListener('change', () => {
    draft.mode = mode.value as PathMode;
    kField.hidden = draft.mode !== 'k-shortest';
  });
  k.addEventListener('change', () => { draft.k = Math.min(10, Math.max(1, Number.parseInt(k.value, 10) || DEFAULT_PATH.k)); k.value = String(draft.k); });
  hops.addEventListener('change', () => { draft.maxHops = Math.min(8, Math.max(1, Number.parseInt(hops.value, 10) || DEFAULT_PATH.maxHops)); hops.value = String(draft.maxHops); });

  const swap = h('button', {
    class: 'button button-quiet', text: '⇅ Swap', attrs: { type: 'button', 'aria-label': 'Swap From and To' },
    on: {
      click: () => {
        [draft.from, draft.to] = [draft.to, draft.from];
        const fromText = fromBox.input.value;
        fromBox.setValue(toBox.input.value);
        toBox.setValue(fromText);
      },
    },
  });

  const form = h('form', { class: 'path-form', attrs: { novalidate: true } }, [
    fromBox.element,
    h('div', { class: 'swap-row' }, [swap]),
    toBox.element,
    h('div', { class: 'field-row' }, [
      h('div', { class: 'field' }, [h('label', { class: 'field-label', text: 'Mode', attrs: { for: modeId } }), mode]),
      kField,
      h('div', { class: 'field field-small' }, [h('label', { class: 'field-label', text: 'Max hops', attrs: { for: hopsId } }), hops]),
    ]),
    tieTypes.element,
    ...avoid.elements,
    formMessage,
    h('div', { class: 'button-row' }, [
      h('button', { class: 'button button-primary', text: 'Find path', attrs: { type: 'submit' } }),
      h('button', {
        class: 'button', text: 'Clear', attrs: { type: 'button' },
        on: { click: () => { store.update(actions.clearPath()); formMessage.textContent = ''; } },
      }),
    ]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!validate(true)) return;
    const query: PathQuery = { from: draft.from!, to: draft.to!, mode: draft.mode, k: draft.k, maxHops: draft.maxHops, tieTypes: [...draft.tieTypes], avoid: draft.avoid.filter((id) => id !== draft.from && id !== draft.to) };
    const current = store.get();
    // The same question again after a failure: ask the server again rather than showing the old answer.
    if (current.path && pathKey(current.path) === pathKey(query)) store.update({ pathResult: null, pathStatus: { state: 'idle' }, path: { ...query } });
    else store.update((state) => actions.findPath(state, query));
  });

  element.replaceChildren(
    h('h2', { class: 'panel-title', text: 'Find paths', attrs: { id: titleId } }),
    h('p', { class: 'muted small', text: 'How are two organisations connected? Ties are followed in either direction; each step is explained with its evidence.' }),
    form,
    results.element,
  );

  function validate(submitting = false): boolean {
    let message = '';
    if (!draft.from) message = 'Choose the organisation to start from in the From list.';
    else if (!draft.to) message = 'Choose the organisation to reach in the To list.';
    else if (draft.from === draft.to) message = 'From and To are the same organisation: choose two different ones.';
    if (submitting || !message) formMessage.textContent = message;
    if (message && submitting) (draft.from ? toBox : fromBox).focus();
    return !message;
  }

  function fillForm() {
    fromBox.setValue(draft.from ? nameOf(draft.from) : '');
    toBox.setValue(draft.to ? nameOf(draft.to) : '');
    mode.value = draft.mode;
    kField.hidden = draft.mode !== 'k-shortest';
    k.value = String(draft.k);
    hops.value = String(draft.maxHops);
    tieTypes.render();
    avoid.render();
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'pathDraft') && state.pathDraft) {
      if (state.pathDraft.from) draft.from = state.pathDraft.from;
      if (state.pathDraft.to) draft.to = state.pathDraft.to;
      fillForm();
      store.update({ pathDraft: null });
      (draft.from && !draft.to ? toBox : fromBox).focus();
    }
    if (changed(state, previous, 'path') && state.path) {
      Object.assign(draft, { ...state.path, tieTypes: [...state.path.tieTypes], avoid: [...state.path.avoid] });
      fillForm();
    }
    if (changed(state, previous, 'meta')) tieTypes.render();
    if (changed(state, previous, 'names')) {
      // Names arrive after a shared link is opened: put words where ids were.
      if (draft.from && fromBox.input.value === draft.from) fromBox.setValue(nameOf(draft.from));
      if (draft.to && toBox.input.value === draft.to) toBox.setValue(nameOf(draft.to));
      if (draft.avoid.length) avoid.render();
    }
    if (changed(state, previous, 'path', 'pathResult', 'pathStatus', 'pathIndex', 'names')) results.render(state);
  });

  fillForm();
  results.render(store.get());
  // A shared link names organisations by id: look up the ones not met yet, for their names.
  for (const id of [initial?.from, initial?.to, ...(initial?.avoid ?? [])]) {
    if (id && !store.get().names[id]) api.organisation(id).then((org) => remember(org.id, org.name), () => {});
  }
  return () => {
    unsubscribe();
    fromBox.destroy();
    toBox.destroy();
    avoid.destroy();
  };
}
