// The edit dialogs, loaded only when a signed-in curator first opens one (so readers never download them).
import './editor.css';
import type { Api } from '../api.ts';
import type { AppState } from '../app-state.ts';
import type { Store } from '../store.ts';
import type { OrganisationDetail, OrganisationTie } from '../types.ts';
import { createCurationApi } from './curation-api.ts';
import { openDeleteOrganisationDialog } from './delete-organisation-dialog.ts';
import { openImportDialog } from './import-dialog.ts';
import { openOrganisationDialog } from './organisation-dialog.ts';
import { openDeleteTieDialog, openEndTieDialog, openTieDialog } from './tie-dialog.ts';

export function createEditor(store: Store<AppState>, api: Api) {
  const curation = createCurationApi(store);
  return {
    /** null: a new organisation. */
    editOrganisation: (org: OrganisationDetail | null) => openOrganisationDialog(store, api, curation, org),
    deleteOrganisation: (org: OrganisationDetail) => openDeleteOrganisationDialog(store, curation, org),
    addTie: (from: OrganisationDetail) => openTieDialog(store, api, curation, from),
    endTie: (org: OrganisationDetail, tie: OrganisationTie) => openEndTieDialog(store, curation, org, tie),
    deleteTie: (org: OrganisationDetail, tie: OrganisationTie) => openDeleteTieDialog(store, curation, org, tie),
    importFile: () => openImportDialog(store, curation),
  };
}

export type Editor = ReturnType<typeof createEditor>;
