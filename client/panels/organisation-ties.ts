// The selected organisation's ties, grouped by type and direction with dates and evidence; signed in to edit, each
// tie also offers "End" and "Delete".
import { pastTense } from '../../server/graph/tense.ts';
import type { AppState } from '../app-state.ts';
import type { EditorCommands } from '../curation/editor-commands.ts';
import { h, lineSample, swatch } from '../dom.ts';
import { stylesFor } from '../graph/graph-styles.ts';
import type { Store } from '../store.ts';
import type { OrganisationDetail, OrganisationTie } from '../types.ts';
import { count, dateRange, evidenceList, passageOpener } from '../view-helpers.ts';
import { attributeList } from './attribute-list.ts';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function tieEditRow(org: OrganisationDetail, tie: OrganisationTie, editor: EditorCommands): HTMLElement {
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

function tieItem(org: OrganisationDetail, tie: OrganisationTie, state: AppState, store: Store<AppState>, editor: EditorCommands): HTMLElement {
  const kind = stylesFor(state.meta).kind(tie.other.kind);
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
    state.editing ? tieEditRow(org, tie, editor) : null,
  ]);
}

/** Current ties first, then ended ones; within each, the biggest groups first. */
function groupTies(ties: OrganisationTie[]): OrganisationTie[][] {
  const groups = new Map<string, OrganisationTie[]>();
  for (const tie of ties) {
    // Ended ties are listed apart, after the current ones (the server sends them in that order).
    const key = `${tie.state}\n${tie.type}\n${tie.direction}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(tie);
  }
  const ended = (group: OrganisationTie[]) => Number(group[0]!.state === 'ended');
  return [...groups.values()].sort((a, b) => ended(a) - ended(b) || b.length - a.length || a[0]!.label.localeCompare(b[0]!.label));
}

export function organisationTies(org: OrganisationDetail, state: AppState, store: Store<AppState>, editor: EditorCommands): (HTMLElement | null)[] {
  const styles = stylesFor(state.meta);
  return [
    h('h3', { class: 'section-title', text: `Ties (${org.ties.length})` }),
    org.ties.length ? null : h('p', { class: 'empty', text: 'No ties recorded.' }),
    ...groupTies(org.ties).map((ties) => {
      const first = ties[0]!;
      const style = styles.tie(first.type);
      return h('section', { class: 'tie-group' }, [
        h('h4', { class: 'tie-group-title' }, [
          lineSample(style.colour, style.dash, style.symmetric),
          h('span', { text: first.state === 'ended' ? `${capitalise(pastTense(first.label))} (ended)` : capitalise(first.label) }),
          h('span', { class: 'count', text: String(ties.length), attrs: { 'aria-label': count(ties.length, 'tie', 'ties') } }),
        ]),
        h('ul', { class: 'tie-list' }, ties.map((tie) => tieItem(org, tie, state, store, editor))),
      ]);
    }),
  ];
}
