// Saved views, under the export form: name the current view and save it with its layout (signed in), get its
// short link, and list, open, rename or delete the saved ones.
import { ApiError } from '../api.ts';
import type { AppState } from '../app-state.ts';
import { h, uid } from '../dom.ts';
import type { SavedLayout } from '../graph/graph-view.ts';
import { savedViews, shortLink, type SavedViewSummary } from '../saved-views.ts';
import { changed, type Store } from '../store.ts';
import { searchFor, viewOf } from '../url-state.ts';

const messageOf = (error: unknown) => (error instanceof ApiError || error instanceof Error ? error.message : 'That did not work.');

export function createSavedViewsPanel(element: HTMLElement, store: Store<AppState>, layoutState: () => SavedLayout): () => void {
  const nameId = uid('view-name');
  const name = h('input', { class: 'text-input', attrs: { id: nameId, type: 'text', maxlength: 120, required: true, autocomplete: 'off' } });
  const message = h('p', { class: 'muted small', attrs: { role: 'status' } });
  const link = h('input', { class: 'text-input view-link', attrs: { type: 'text', readonly: true, 'aria-label': 'Short link of the saved view' } });
  link.hidden = true;
  const list = h('ul', { class: 'saved-views', attrs: { 'aria-label': 'Saved views' } });
  const form = h('form', { class: 'export-form', attrs: { novalidate: true } }, [
    h('div', { class: 'field' }, [h('label', { class: 'field-label', text: 'View name', attrs: { for: nameId } }), name]),
    h('button', { class: 'button button-primary', text: 'Save view', attrs: { type: 'submit' } }),
  ]);
  const signedOut = h('p', { class: 'muted small', text: 'Sign in on the Edit tab to save views. Anyone can open a saved view’s link.' });

  element.replaceChildren(
    h('h3', { class: 'panel-subtitle', text: 'Saved views' }),
    h('p', { class: 'muted small', text: 'A saved view keeps what is shown (date included) and where everything is drawn, behind a short link.' }),
    signedOut, form, message, link, list,
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const title = name.value.trim();
    if (!title) {
      message.textContent = 'Give the view a name first.';
      name.focus();
      return;
    }
    message.textContent = 'Saving…';
    try {
      const saved = await savedViews.save({ name: title, search: searchFor(viewOf(store.get())), layout: layoutState() });
      message.textContent = `Saved “${saved.name}”. Its link:`;
      link.hidden = false;
      link.value = shortLink(saved.id);
      link.select();
      await refresh();
    } catch (error) {
      message.textContent = messageOf(error);
    }
  });

  function item(view: SavedViewSummary): HTMLElement {
    const act = async (work: () => Promise<unknown>) => {
      try {
        await work();
        await refresh();
      } catch (error) {
        message.textContent = messageOf(error);
      }
    };
    return h('li', {}, [
      h('a', { text: view.name, attrs: { href: `/v/${view.id}` } }),
      h('span', { class: 'muted small', text: ` ${view.updatedAt.slice(0, 10)} · ${view.createdBy}` }),
      h('button', {
        class: 'button button-quiet button-tiny', text: 'Rename', attrs: { type: 'button', 'aria-label': `Rename ${view.name}` },
        on: { click: () => { const next = prompt('New name of the view', view.name)?.trim(); if (next && next !== view.name) void act(() => savedViews.rename(view.id, next)); } },
      }),
      h('button', {
        class: 'button button-quiet button-tiny button-quiet-danger', text: 'Delete', attrs: { type: 'button', 'aria-label': `Delete ${view.name}` },
        on: { click: () => { if (confirm(`Delete the saved view “${view.name}”? Its link will stop working.`)) void act(() => savedViews.remove(view.id)); } },
      }),
    ]);
  }

  async function refresh() {
    if (!store.get().editing) {
      list.replaceChildren();
      return;
    }
    const views = await savedViews.list();
    list.replaceChildren(...views.map(item));
  }

  function render(state: AppState) {
    form.hidden = !state.editing;
    signedOut.hidden = state.editing;
    refresh().catch((error: unknown) => {
      message.textContent = messageOf(error);
    });
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'editing')) render(state);
  });
  render(store.get());
  return unsubscribe;
}
