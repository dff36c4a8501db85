// What the panels call to edit (open a form, end or delete a tie). The dialogs themselves are a separate chunk,
// fetched on first use, so the explorer stays as light as it was for people who only read.
import type { Api } from '../api.ts';
import type { AppState } from '../app-state.ts';
import type { Store } from '../store.ts';
import type { Editor } from './editor.ts';

export type EditorCommands = { [K in keyof Editor]: (...args: Parameters<Editor[K]>) => void };

export function createEditorCommands(store: Store<AppState>, api: Api): EditorCommands {
  let loading: Promise<Editor> | null = null;
  const editor = () => {
    loading ??= import('./editor.ts').then((module) => module.createEditor(store, api));
    loading.catch(() => {
      loading = null;
    });
    return loading;
  };
  const command = <K extends keyof Editor>(name: K) => (...args: Parameters<Editor[K]>) => {
    editor().then(
      (loaded) => (loaded[name] as (...values: Parameters<Editor[K]>) => void)(...args),
      () => store.update({ status: { state: 'error', message: 'The edit forms could not be loaded. Check your connection and try again.', retrying: false } }),
    );
  };
  return {
    editOrganisation: command('editOrganisation'),
    deleteOrganisation: command('deleteOrganisation'),
    addTie: command('addTie'),
    endTie: command('endTie'),
    deleteTie: command('deleteTie'),
    importFile: command('importFile'),
  };
}
