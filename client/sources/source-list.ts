// The list of stored documents in the Documents section, each with Edit (title, publisher — an organisation of the
// network, found with the search combobox, or any name —, URL, publication date, date retrieved) and Delete. The
// server decides: a document cited by ties cannot be deleted, and its message (naming the ties) is shown as it is.
import type { Api } from '../api.ts';
import type { AppState } from '../app-state.ts';
import { stylesFor } from '../graph/graph-styles.ts';
import { createCombobox, type Combobox } from '../panels/combobox.ts';
import { h, uid } from '../dom.ts';
import type { Store } from '../store.ts';
import { sourceChanges, sourcesApi, type SourceSummary } from './sources-api.ts';

export interface SourceList {
  element: HTMLElement;
  /** Shows these documents (after any change, the panel reloads them). */
  show(sources: readonly SourceSummary[]): void;
}

export interface SourceListOptions {
  store: Store<AppState>;
  api: Api;
  say(text: string): void;
  /** After an edit or a delete: the panel reloads the list and its chooser. */
  changed(): Promise<void>;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function createSourceList(options: SourceListOptions): SourceList {
  const { store, api, say } = options;
  const list = h('ul', { class: 'source-list', attrs: { 'aria-label': 'Stored documents' } });
  let publisherBox: Combobox | null = null;
  const fail = (error: unknown) => say(error instanceof Error ? error.message : String(error));

  function field(label: string, input: HTMLInputElement): HTMLElement {
    const id = uid('source-field');
    input.id = id;
    return h('div', { class: 'field' }, [h('label', { class: 'field-label', text: label, attrs: { for: id } }), input]);
  }

  function editor(source: SourceSummary, item: HTMLElement, view: HTMLElement): HTMLFormElement {
    const title = h('input', { class: 'text-input', attrs: { type: 'text', required: true, maxlength: 500, value: source.title } });
    const url = h('input', { class: 'text-input', attrs: { type: 'url', value: source.url ?? '', placeholder: 'https://…' } });
    const date = h('input', { class: 'text-input', attrs: { type: 'text', value: source.date ?? '', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' } });
    const retrieved = h('input', { class: 'text-input', attrs: { type: 'date', value: source.retrieved ?? '' } });
    // A name typed without choosing is kept as a name; choosing an organisation links it (publisherId).
    let publisherId = source.publisherId;
    let chosenName = source.publisher;
    publisherBox?.destroy();
    const box = createCombobox({
      label: 'Publisher', placeholder: 'An organisation, or any name',
      search: (query, signal) => api.search(query, signal), kind: (id) => stylesFor(store.get().meta).kind(id),
      onChoose: (result) => { publisherId = result.id; chosenName = result.name; },
    });
    publisherBox = box;
    box.setValue(source.publisher ?? '');
    box.input.addEventListener('input', () => { publisherId = null; chosenName = null; });

    const close = () => {
      box.destroy();
      if (publisherBox === box) publisherBox = null;
      form.remove();
      view.hidden = false;
    };
    const form = h('form', { class: 'export-form source-editor', attrs: { 'aria-label': `Edit ${source.title}` } }, [
      field('Title', title), box.element, field('URL', url), field('Publication date', date), field('Date retrieved', retrieved),
      h('div', { class: 'button-row' }, [
        h('button', { class: 'button button-primary', text: 'Save', attrs: { type: 'submit' } }),
        h('button', { class: 'button', text: 'Cancel', attrs: { type: 'button' }, on: { click: () => { close(); view.querySelector<HTMLElement>('button')?.focus(); } } }),
      ]),
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const publisher = publisherId ? chosenName : orNull(box.input.value);
      const edit = sourceChanges(
        { title: source.title, publisher: source.publisher, publisherId: source.publisherId, url: source.url, date: source.date, retrieved: source.retrieved },
        { title: title.value.trim(), publisher, publisherId, url: orNull(url.value), date: orNull(date.value), retrieved: orNull(retrieved.value) },
      );
      if (Object.keys(edit).length === 0) return void close();
      void sourcesApi.update(source.id, edit)
        .then(async (saved) => {
          close();
          await options.changed();
          say(`Saved “${saved.title}”.`);
        })
        .catch(fail);
    });
    item.append(form);
    return form;
  }

  function entry(source: SourceSummary): HTMLElement {
    const details = [source.publisher, source.date, `cited by ${source.citations} tie${source.citations === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
    const edit = h('button', { class: 'button button-small', text: 'Edit', attrs: { type: 'button', 'aria-label': `Edit ${source.title}` } });
    const remove = h('button', { class: 'button button-small button-danger', text: 'Delete', attrs: { type: 'button', 'aria-label': `Delete ${source.title}` } });
    const view = h('div', { class: 'source-entry' }, [
      h('span', { class: 'source-title', text: source.title }),
      h('span', { class: 'muted small', text: details }),
      h('div', { class: 'button-row' }, [edit, remove]),
    ]);
    const item = h('li', { class: 'source-item', attrs: { 'data-source': source.id } }, [view]);
    edit.addEventListener('click', () => {
      view.hidden = true;
      editor(source, item, view).querySelector('input')?.focus();
    });
    remove.addEventListener('click', () => {
      if (!window.confirm(`Delete “${source.title}”? Its text and its proposals go with it.`)) return;
      void sourcesApi.remove(source.id)
        .then(async () => {
          await options.changed();
          say(`Deleted “${source.title}”.`);
        })
        .catch(fail);
    });
    return item;
  }

  return {
    element: list,
    show(sources) {
      publisherBox?.destroy();
      publisherBox = null;
      list.replaceChildren(...sources.map(entry));
      if (sources.length === 0) list.replaceChildren(h('li', { class: 'muted small', text: 'No documents yet.' }));
    },
  };
}
