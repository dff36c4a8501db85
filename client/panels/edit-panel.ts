// The Edit tab: "Sign in to edit" with an access token (checked at once with a request that changes nothing), then
// the edit actions that do not belong to one organisation (new organisation, import) and "Sign out". Editing an
// organisation or its ties happens in the details panel, whose edit buttons appear once signed in; the network's
// kinds and tie types are edited here (Vocabulary).
import type { Api } from '../api.ts';
import type { AppState } from '../app-state.ts';
import { checkToken } from '../curation/write-request.ts';
import type { EditorCommands } from '../curation/editor-commands.ts';
import { signIn, signOut } from '../curation/session.ts';
import { h, uid } from '../dom.ts';
import { changed, type Store } from '../store.ts';

export function createEditPanel(element: HTMLElement, store: Store<AppState>, api: Api, editor: EditorCommands): () => void {
  const titleId = uid('edit-title');
  element.setAttribute('aria-labelledby', titleId);
  const body = h('div', { class: 'edit-panel-body' });
  element.replaceChildren(h('h2', { class: 'panel-title', text: 'Edit the network', attrs: { id: titleId } }), body);
  /** Whether this server accepts changes at all (asked once, when the tab is first shown signed out). */
  let writesEnabled: boolean | undefined;
  let asked = false;
  /** Stops the shown vocabulary section following the vocabulary (it does while signed in). */
  let disposeVocabulary = () => {};

  function signInForm(): HTMLElement {
    const tokenId = uid('token');
    const token = h('input', {
      class: 'text-input',
      attrs: { id: tokenId, type: 'password', name: 'token', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off', 'aria-describedby': `${tokenId}-hint` },
    });
    const message = h('p', { class: 'form-message', attrs: { role: 'alert' } });
    const submit = h('button', { class: 'button button-primary', text: 'Sign in to edit', attrs: { type: 'submit' } });
    const form = h('form', { class: 'sign-in-form', attrs: { novalidate: true, 'aria-label': 'Sign in to edit' } }, [
      h('label', { class: 'field-label', text: 'Access token', attrs: { for: tokenId } }),
      h('p', { class: 'field-hint', text: 'Kept in this browser tab only, until you sign out or close it.', attrs: { id: `${tokenId}-hint` } }),
      token,
      message,
      h('div', { class: 'button-row' }, [submit]),
    ]);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const value = token.value.trim();
      message.textContent = '';
      if (!value) {
        message.textContent = 'Enter the access token you were given.';
        token.focus();
        return;
      }
      submit.disabled = true;
      submit.textContent = 'Checking…';
      try {
        const answer = await checkToken(value);
        if (answer.ok) {
          token.value = '';
          signIn(store, value);
          return;
        }
        message.textContent = answer.message;
        token.focus();
        token.select();
      } catch {
        message.textContent = 'The token could not be checked. Try again.';
      } finally {
        submit.disabled = false;
        submit.textContent = 'Sign in to edit';
      }
    });
    return form;
  }

  function render(state: AppState) {
    const hadFocus = element.contains(document.activeElement);
    disposeVocabulary();
    disposeVocabulary = () => {};
    if (state.editing) {
      const vocabulary = h('div', { class: 'vocabulary-slot' });
      mountVocabulary(vocabulary);
      body.replaceChildren(
        h('p', { class: 'signed-in' }, [h('span', { class: 'signed-in-dot', attrs: { 'aria-hidden': 'true' } }), 'Signed in: you can edit.']),
        h('p', { class: 'muted small', text: 'To correct an organisation or add, end or delete its ties, select it: the details panel shows the edit buttons. Every change is recorded in its history.' }),
        h('div', { class: 'edit-actions' }, [
          h('button', { class: 'button', text: 'New organisation…', attrs: { type: 'button' }, on: { click: () => editor.editOrganisation(null) } }),
          h('button', { class: 'button', text: 'Import a file…', attrs: { type: 'button' }, on: { click: () => editor.importFile() } }),
        ]),
        vocabulary,
        h('div', { class: 'button-row sign-out-row' }, [
          h('button', { class: 'button button-quiet', text: 'Sign out', attrs: { type: 'button' }, on: { click: () => signOut(store) } }),
        ]),
      );
    } else if (writesEnabled === false) {
      body.replaceChildren(h('p', { class: 'muted', text: 'This server is read-only: it has no access token configured, so it accepts no changes.' }));
    } else {
      body.replaceChildren(
        h('p', { class: 'muted small', text: 'Curators can add and correct organisations and ties, with the evidence behind each tie. Sign in with the access token you were given.' }),
        signInForm(),
      );
    }
    if (hadFocus) body.querySelector<HTMLElement>('input, button')?.focus();
  }

  /** The vocabulary editor loads with the other edit forms, only once a curator signs in (the readers' bundle stays lean). */
  function mountVocabulary(slot: HTMLElement) {
    let shown = true;
    disposeVocabulary = () => {
      shown = false;
    };
    void import('../curation/vocabulary-editor.ts').then(({ createVocabularyEditor }) => {
      if (!shown) return;
      const vocabulary = createVocabularyEditor(store, api);
      slot.replaceChildren(vocabulary.element);
      disposeVocabulary = vocabulary.dispose;
    }, () => {
      slot.replaceChildren(h('p', { class: 'form-message', text: 'The vocabulary editor could not be loaded. Reload the page to try again.' }));
    });
  }

  async function askServer() {
    if (asked) return;
    asked = true;
    try {
      writesEnabled = (await api.health()).writesEnabled;
      if (writesEnabled === false && !store.get().editing) render(store.get());
    } catch {
      // Unknown: offer the sign-in; a refused token says why.
    }
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'editing')) render(state);
    if (changed(state, previous, 'tab') && state.tab === 'edit' && !state.editing) void askServer();
  });
  render(store.get());
  if (store.get().tab === 'edit' && !store.get().editing) void askServer();
  return () => {
    unsubscribe();
    disposeVocabulary();
  };
}
