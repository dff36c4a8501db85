// The selected organisation: who it is, and each of its ties grouped by type with dates and the evidence (quoted
// sentence and source). Other organisations are buttons that select them; actions change the view via the store.
// Signed in to edit, it also offers "Edit details", "Add tie", "Delete organisation" and, per tie, "End" and
// "Delete"; its History (folded) lists the changes made to it.
import { ApiError, isAbort, type Api } from '../api.ts';
import type { AppState } from '../app-state.ts';
import type { EditorCommands } from '../curation/editor-commands.ts';
import { append, h, uid } from '../dom.ts';
import { stylesFor } from '../graph/graph-styles.ts';
import { changed, type Store } from '../store.ts';
import type { OrganisationDetail } from '../types.ts';
import { createHistorySection, type HistorySection } from './history-section.ts';
import { editActions, viewActions, type DepthChoice } from './organisation-actions.ts';
import { organisationHeader } from './organisation-header.ts';
import { organisationTies } from './organisation-ties.ts';

export function createDetailsPanel(element: HTMLElement, store: Store<AppState>, api: Api, editor: EditorCommands): () => void {
  const titleId = uid('details-title');
  element.setAttribute('aria-labelledby', titleId);
  const body = h('div', { class: 'details-body' });
  const heading = h('h2', { class: 'panel-title', text: 'Details', attrs: { id: titleId, tabindex: -1 } });
  element.replaceChildren(heading, body);

  let controller: AbortController | null = null;
  let shown: OrganisationDetail | null = null;
  const depth: DepthChoice = { value: 1 };
  let actionSlot = h('div');
  let history: HistorySection | null = null;

  /** Replaces only the action buttons (they depend on the view), keeping keyboard focus where it was. */
  function refreshActions(state: AppState) {
    if (!shown) return;
    const controls = [...actionSlot.querySelectorAll<HTMLElement>('button, select')];
    const focused = controls.indexOf(document.activeElement as HTMLElement);
    const next = h('div', {}, [viewActions(shown, state, store, depth)]);
    actionSlot.replaceWith(next);
    actionSlot = next;
    if (focused >= 0) {
      const target = [...next.querySelectorAll<HTMLElement>('button, select')][focused];
      if (target && !(target as HTMLButtonElement).disabled) target.focus();
      else next.querySelector<HTMLElement>('button:not([disabled])')?.focus();
    }
  }

  function empty() {
    history?.destroy();
    history = null;
    heading.textContent = 'Details';
    body.replaceChildren(
      h('p', { class: 'empty', text: 'Select an organisation — in the network, the table or the search — to see its ties and the evidence behind each one.' }),
    );
  }

  function render(org: OrganisationDetail, state: AppState) {
    heading.textContent = org.name;
    // The history keeps its open/closed state and contents across re-renders of the same organisation.
    if (!history || history.element.dataset.id !== org.id) {
      history?.destroy();
      const names = new Map(org.ties.map((tie) => [tie.other.id, tie.other.name]));
      names.set(org.id, org.name);
      history = createHistorySection(api, org.id, (id) => names.get(id) ?? store.get().names[id] ?? id, (type) => stylesFor(store.get().meta).tie(type).label);
      history.element.dataset.id = org.id;
    }
    body.replaceChildren();
    append(body, [
      ...organisationHeader(org, stylesFor(state.meta)),
      (actionSlot = h('div', {}, [viewActions(org, state, store, depth)])),
      state.editing ? editActions(org, editor) : null,
      ...organisationTies(org, state, store, editor),
      history.element,
    ]);
  }

  /** `reload`: the same organisation after a write; the panel stays as it is until the new details arrive. */
  async function load(id: string, reload = false) {
    controller?.abort();
    controller = new AbortController();
    const signal = controller.signal;
    if (!reload) {
      heading.textContent = store.get().names[id] ?? 'Details';
      body.replaceChildren(h('p', { class: 'loading', text: 'Loading details…', attrs: { role: 'status' } }));
    }
    try {
      const org = await api.organisation(id, signal, store.get().asOf);
      if (signal.aborted) return;
      shown = org;
      store.update((state) => (state.names[org.id] === org.name ? null : { names: { ...state.names, [org.id]: org.name } }));
      const scroll = element.scrollTop;
      const focused = reload ? focusKey() : null;
      render(org, store.get());
      if (reload) {
        element.scrollTop = scroll;
        history?.refresh();
        restoreFocus(focused);
      }
    } catch (error) {
      if (isAbort(error)) return;
      shown = null;
      heading.textContent = 'Details';
      body.replaceChildren(
        h('p', { class: 'error', text: error instanceof ApiError ? error.message : 'The details could not be loaded.', attrs: { role: 'alert' } }),
        h('button', { class: 'button', text: 'Try again', attrs: { type: 'button' }, on: { click: () => void load(id) } }),
      );
    }
  }

  /** Where the keyboard was, by the button's words, so a re-render can put it back. */
  function focusKey(): string | null {
    const active = document.activeElement;
    return active instanceof HTMLElement && body.contains(active) ? active.getAttribute('aria-label') ?? active.textContent : null;
  }
  function restoreFocus(key: string | null) {
    if (!key) return;
    const match = [...body.querySelectorAll<HTMLElement>('button, summary')].find((control) => (control.getAttribute('aria-label') ?? control.textContent) === key);
    // The control is gone (a deleted tie's button): the panel's heading keeps the keyboard in the panel.
    (match ?? heading).focus();
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'revision', 'asOf') && state.selected && !changed(state, previous, 'selected')) {
      void load(state.selected, true);
      return;
    }
    if (changed(state, previous, 'editing') && shown && !changed(state, previous, 'selected')) {
      const focused = focusKey();
      render(shown, state);
      restoreFocus(focused);
      return;
    }
    if (changed(state, previous, 'selected')) {
      if (state.selected) void load(state.selected);
      else {
        controller?.abort();
        shown = null;
        empty();
      }
    } else if (shown && changed(state, previous, 'meta')) {
      render(shown, state);
    } else if (shown && changed(state, previous, 'visible', 'expanded', 'centre')) {
      refreshActions(state);
    }
  });

  const initial = store.get();
  if (initial.selected) void load(initial.selected);
  else empty();
  return () => {
    unsubscribe();
    controller?.abort();
  };
}
