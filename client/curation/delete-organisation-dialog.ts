// Delete an organisation and all its ties, after saying how many ties go with it. The version read is sent along, so
// a change made meanwhile by someone else (409) stops the deletion rather than being lost with it.
import { ApiError } from '../api.ts';
import { actions, type AppState } from '../app-state.ts';
import { h } from '../dom.ts';
import type { Store } from '../store.ts';
import type { OrganisationDetail } from '../types.ts';
import type { CurationApi } from './curation-api.ts';
import { formAlert, openModal } from './dialog.ts';

const count = (n: number) => (n === 1 ? 'its 1 tie' : `its ${n.toLocaleString('en-GB')} ties`);

export function openDeleteOrganisationDialog(store: Store<AppState>, curation: CurationApi, org: OrganisationDetail): void {
  const alert = formAlert();
  const remove = h('button', { class: 'button button-danger', text: 'Delete organisation', attrs: { type: 'submit' } });
  const cancel = h('button', { class: 'button', text: 'Cancel', attrs: { type: 'button' }, on: { click: () => modal.close() } });
  const form = h('form', { class: 'edit-form', attrs: { 'aria-label': 'Delete the organisation' } }, [
    alert.element,
    h('p', { class: 'confirm-sentence', text: org.degree ? `${org.name} and ${count(org.degree)}.` : `${org.name} (it has no ties).` }),
    h('p', { text: 'Deleting removes them from the network, from paths and from exports; the history keeps a record of each. If the organisation was renamed or merged, edit it instead.' }),
    h('div', { class: 'modal-actions' }, [cancel, remove]),
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    alert.clear();
    remove.disabled = true;
    try {
      await curation.deleteOrganisation(org.id, org.version);
      modal.close();
      store.update((state) => actions.organisationDeleted(state, org.id));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        alert.show('Someone else changed this organisation since you opened it. Close this, look at their change, then decide.');
        store.update((state) => actions.dataChanged(state));
      } else {
        alert.show(error instanceof ApiError ? error.message : 'The organisation could not be deleted.');
      }
    } finally {
      remove.disabled = false;
    }
  });
  const modal = openModal({ title: `Delete ${org.name}?`, content: form });
  // The safe choice has the focus: Enter alone does not delete.
  cancel.focus();
}
