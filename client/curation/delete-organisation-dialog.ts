// Delete an organisation and all its ties, after saying how many ties go with it. The version read is sent along, so
// a change made meanwhile by someone else (409) stops the deletion rather than being lost with it.
import { ApiError } from '../api.ts';
import { actions, type AppState } from '../app-state.ts';
import type { Store } from '../store.ts';
import type { OrganisationDetail } from '../types.ts';
import type { CurationApi } from './curation-api.ts';
import { confirmDeletion } from './dialog.ts';

const CHANGED = 'Someone else changed this organisation since you opened it. Close this, look at their change, then decide.';
const itsTies = (n: number) => (n === 1 ? 'its 1 tie' : `its ${n.toLocaleString('en-GB')} ties`);

export function openDeleteOrganisationDialog(store: Store<AppState>, curation: CurationApi, org: OrganisationDetail): void {
  confirmDeletion({
    title: `Delete ${org.name}?`,
    label: 'Delete the organisation',
    button: 'Delete organisation',
    sentence: org.degree ? `${org.name} and ${itsTies(org.degree)}.` : `${org.name} (it has no ties).`,
    explanation: 'Deleting removes them from the network, from paths and from exports; the history keeps a record of each. If the organisation was renamed or merged, edit it instead.',
    async remove() {
      try {
        await curation.deleteOrganisation(org.id, org.version);
      } catch (error) {
        // Their change is loaded behind the dialog, so closing it shows what changed.
        if (error instanceof ApiError && error.status === 409) store.update((state) => actions.dataChanged(state));
        throw error;
      }
      store.update((state) => actions.organisationDeleted(state, org.id));
    },
    problem: (error) => (error instanceof ApiError ? (error.status === 409 ? CHANGED : error.message) : 'The organisation could not be deleted.'),
  });
}
