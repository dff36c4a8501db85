// The selected organisation: who it is, and each of its ties grouped by type with dates and the evidence (quoted
// sentence and source). Other organisations are buttons that select them; actions change the view via the store.
// Signed in to edit, it also offers "Edit details", "Add tie", "Delete organisation" and, per tie, "End" and
// "Delete"; its History (folded) lists the changes made to it.
import { pastTense } from '../../server/graph/tense.ts';
import { ApiError, isAbort, type Api } from '../api.ts';
import { actions, MAX_DEPTH, type AppState } from '../app-state.ts';
import type { EditorCommands } from '../curation/editor-commands.ts';
import { append, externalLink, h, lineSample, swatch, uid } from '../dom.ts';
import { stylesFor } from '../graph/graph-styles.ts';
import { changed, type Store } from '../store.ts';
import type { OrganisationDetail, OrganisationTie } from '../types.ts';
import { count, dateRange, evidenceList, passageOpener } from '../view-helpers.ts';
import { createHistorySection, type HistorySection } from './history-section.ts';
import { attributeText } from './attribute-text.ts';
import type { Attributes } from '../../server/contract/attributes.ts';

/** An organisation's or a tie's extra attributes, name beside value. */
const attributeList = (attributes: Attributes): HTMLElement => h('dl', { class: 'attribute-list', attrs: { 'aria-label': 'Attributes' } },
  Object.entries(attributes).flatMap(([name, value]) => [h('dt', { text: name }), h('dd', { text: attributeText(value) })]));

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function createDetailsPanel(element: HTMLElement, store: Store<AppState>, api: Api, editor: EditorCommands): () => void {
  const titleId = uid('details-title');
  element.setAttribute('aria-labelledby', titleId);
  const body = h('div', { class: 'details-body' });
  const heading = h('h2', { class: 'panel-title', text: 'Details', attrs: { id: titleId, tabindex: -1 } });
  element.replaceChildren(heading, body);

  let controller: AbortController | null = null;
  let shown: OrganisationDetail | null = null;
  let depth = 1;
  let actionSlot = h('div');
  let history: HistorySection | null = null;

  /** Replaces only the action buttons (they depend on the view), keeping keyboard focus where it was. */
  function refreshActions(state: AppState) {
    if (!shown) return;
    const controls = [...actionSlot.querySelectorAll<HTMLElement>('button, select')];
    const focused = controls.indexOf(document.activeElement as HTMLElement);
    const next = h('div', {}, [actionBar(shown, state)]);
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

  function actionBar(org: OrganisationDetail, state: AppState): HTMLElement {
    const depthId = uid('depth');
    const inView = state.visible.nodes.some((node) => node.id === org.id);
    const expanded = state.expanded.includes(org.id) || (state.centre === org.id);
    const depthSelect = h('select', { attrs: { id: depthId }, on: { change: () => (depth = Number(depthSelect.value)) } },
      Array.from({ length: MAX_DEPTH - 1 }, (_, index) => h('option', { text: `${index + 1} hop${index ? 's' : ''}`, attrs: { value: index + 1, selected: index + 1 === depth } })));
    return h('div', { class: 'details-actions' }, [
      h('div', { class: 'inline-field' }, [
        h('button', {
          class: 'button', text: 'Show neighbourhood', attrs: { type: 'button', 'aria-describedby': depthId },
          on: { click: () => store.update((current) => actions.focus(current, org.id, depth)) },
        }),
        h('label', { class: 'visually-hidden', text: 'Neighbourhood depth', attrs: { for: depthId } }),
        depthSelect,
      ]),
      h('button', {
        class: 'button', text: inView ? 'Expand here' : 'Add to view', attrs: { type: 'button', disabled: expanded, title: 'Adds its direct ties to the current view (double-click in the network does the same)' },
        on: { click: () => store.update((current) => actions.expand(current, org.id)) },
      }),
      h('button', {
        class: 'button', text: 'Hide', attrs: { type: 'button', disabled: !inView },
        on: { click: () => store.update((current) => actions.hide(current, org.id)) },
      }),
      h('button', {
        class: 'button', text: 'Path from here', attrs: { type: 'button' },
        on: { click: () => store.update({ pathDraft: { from: org.id }, tab: 'paths' }) },
      }),
      h('button', {
        class: 'button', text: 'Path to here', attrs: { type: 'button' },
        on: { click: () => store.update({ pathDraft: { to: org.id }, tab: 'paths' }) },
      }),
    ]);
  }

  function editBar(org: OrganisationDetail): HTMLElement {
    return h('div', { class: 'details-edit', attrs: { role: 'group', 'aria-label': 'Edit' } }, [
      h('button', { class: 'button button-edit', text: 'Edit details', attrs: { type: 'button' }, on: { click: () => editor.editOrganisation(org) } }),
      h('button', { class: 'button button-edit', text: 'Add tie', attrs: { type: 'button' }, on: { click: () => editor.addTie(org) } }),
      h('button', {
        class: 'button button-quiet button-quiet-danger', text: 'Delete organisation', attrs: { type: 'button', title: 'Delete this organisation and its ties (asks first)' },
        on: { click: () => editor.deleteOrganisation(org) },
      }),
    ]);
  }

  function tieEditRow(org: OrganisationDetail, tie: OrganisationTie): HTMLElement {
    const what = `${tie.label} ${tie.other.name}`;
    return h('div', { class: 'tie-edit' }, [
      tie.until ? null : h('button', {
        class: 'button button-quiet button-tiny', text: 'End', attrs: { type: 'button', 'aria-label': `End the tie: ${what}`, title: 'Record that this tie has ended' },
        on: { click: () => editor.endTie(org, tie) },
      }),
      h('button', {
        class: 'button button-quiet button-tiny button-quiet-danger', text: 'Delete', attrs: { type: 'button', 'aria-label': `Delete the tie: ${what}`, title: 'Delete this tie (asks first)' },
        on: { click: () => editor.deleteTie(org, tie) },
      }),
    ]);
  }

  function tieItem(org: OrganisationDetail, tie: OrganisationTie, state: AppState): HTMLElement {
    const styles = stylesFor(state.meta);
    const kind = styles.kind(tie.other.kind);
    const dates = dateRange(tie.since, tie.until);
    return h('li', { class: `tie${tie.state === 'ended' ? ' is-ended' : ''}` }, [
      h('div', { class: 'tie-head' }, [
        swatch(kind.colour, 'swatch swatch-dot'),
        h('button', {
          class: 'link-button', text: tie.other.name, attrs: { type: 'button', title: `Select ${tie.other.name}` },
          on: { click: () => store.update({ selected: tie.other.id }) },
        }),
        h('span', { class: 'muted small', text: kind.label }),
        dates ? h('span', { class: 'dates', text: dates }) : null,
      ]),
      tie.description ? h('p', { class: 'tie-description', text: tie.description }) : null,
      tie.attributes ? attributeList(tie.attributes) : null,
      evidenceList(tie.evidence, passageOpener(store)),
      state.editing ? tieEditRow(org, tie) : null,
    ]);
  }

  function render(org: OrganisationDetail, state: AppState) {
    const styles = stylesFor(state.meta);
    const kind = styles.kind(org.kind);
    heading.textContent = org.name;
    const facts = [org.shortName && org.shortName !== org.name ? org.shortName : null, org.sector, [org.city, org.country].filter(Boolean).join(', ') || null, dateRange(org.since, org.until)]
      .filter((fact): fact is string => Boolean(fact));
    const groups = new Map<string, OrganisationTie[]>();
    for (const tie of org.ties) {
      // Ended ties are listed apart, after the current ones (the server sends them in that order).
      const key = `${tie.state}\n${tie.type}\n${tie.direction}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(tie);
    }
    const ended = (ties: OrganisationTie[]) => Number(ties[0]!.state === 'ended');
    const sorted = [...groups.values()].sort((a, b) => ended(a) - ended(b) || b.length - a.length || a[0]!.label.localeCompare(b[0]!.label));
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
      h('p', { class: 'kind-line' }, [swatch(kind.colour, 'swatch swatch-dot'), h('span', { text: kind.label })]),
      facts.length ? h('p', { class: 'facts', text: facts.join(' · ') }) : null,
      org.aliases.length ? h('p', { class: 'muted small', text: `Also known as ${org.aliases.join(', ')}` }) : null,
      org.description ? h('p', { class: 'description', text: org.description }) : null,
      org.attributes ? attributeList(org.attributes) : null,
      org.url && /^https?:\/\//i.test(org.url) ? h('p', { class: 'small' }, [externalLink(org.url, 'Website')]) : null,
      (actionSlot = h('div', {}, [actionBar(org, state)])),
      state.editing ? editBar(org) : null,
      h('h3', { class: 'section-title', text: `Ties (${org.ties.length})` }),
      org.ties.length ? null : h('p', { class: 'empty', text: 'No ties recorded.' }),
      ...sorted.map((ties) => {
        const first = ties[0]!;
        const style = styles.tie(first.type);
        return h('section', { class: 'tie-group' }, [
          h('h4', { class: 'tie-group-title' }, [
            lineSample(style.colour, style.dash),
            h('span', { text: first.state === 'ended' ? `${capitalise(pastTense(first.label))} (ended)` : capitalise(first.label) }),
            h('span', { class: 'count', text: String(ties.length), attrs: { 'aria-label': count(ties.length, 'tie', 'ties') } }),
          ]),
          h('ul', { class: 'tie-list' }, ties.map((tie) => tieItem(org, tie, state))),
        ]);
      }),
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
