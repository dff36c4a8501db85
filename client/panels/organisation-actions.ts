// What can be done with the selected organisation: change the view around it, start a path from or to it, and,
// signed in to edit, edit, add a tie to or delete it.
import { actions, MAX_DEPTH, type AppState } from '../app-state.ts';
import type { EditorCommands } from '../curation/editor-commands.ts';
import { h, uid } from '../dom.ts';
import type { Store } from '../store.ts';
import type { OrganisationDetail } from '../types.ts';

/** The neighbourhood depth chosen last; it outlives re-renders of the bar. */
export interface DepthChoice { value: number }

export function viewActions(org: OrganisationDetail, state: AppState, store: Store<AppState>, depth: DepthChoice): HTMLElement {
  const depthId = uid('depth');
  const inView = state.visible.nodes.some((node) => node.id === org.id);
  const expanded = state.expanded.includes(org.id) || (state.centre === org.id);
  const depthSelect = h('select', { attrs: { id: depthId }, on: { change: () => (depth.value = Number(depthSelect.value)) } },
    Array.from({ length: MAX_DEPTH - 1 }, (_, index) => h('option', { text: `${index + 1} hop${index ? 's' : ''}`, attrs: { value: index + 1, selected: index + 1 === depth.value } })));
  return h('div', { class: 'details-actions' }, [
    h('div', { class: 'inline-field' }, [
      h('button', {
        class: 'button', text: 'Show neighbourhood', attrs: { type: 'button', 'aria-describedby': depthId },
        on: { click: () => store.update((current) => actions.focus(current, org.id, depth.value)) },
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

export function editActions(org: OrganisationDetail, editor: EditorCommands): HTMLElement {
  return h('div', { class: 'details-edit', attrs: { role: 'group', 'aria-label': 'Edit' } }, [
    h('button', { class: 'button button-edit', text: 'Edit details', attrs: { type: 'button' }, on: { click: () => editor.editOrganisation(org) } }),
    h('button', { class: 'button button-edit', text: 'Add tie', attrs: { type: 'button' }, on: { click: () => editor.addTie(org) } }),
    h('button', {
      class: 'button button-quiet button-quiet-danger', text: 'Delete organisation', attrs: { type: 'button', title: 'Delete this organisation and its ties (asks first)' },
      on: { click: () => editor.deleteOrganisation(org) },
    }),
  ]);
}
