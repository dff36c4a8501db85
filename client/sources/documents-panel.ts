// Documents: add one (its text is read for proposals), list, edit and delete them (source-list.ts), read one (document-reader.ts) with the organisations it names highlighted and
// every proposed or accepted sentence marked (an accepted tie's sentence leads to the tie's organisation), and review its proposals (proposal-queue.ts): accept (type editable),
// reject, merge a proposed organisation into a known one, or accept several at once. A tie's evidence opens the reader at its passage (passageDraft in the store).
// Everything is a button or a form control, so it all works from the keyboard.
import './documents.css';
import type { Api } from '../api.ts';
import { withNames, type AppState } from '../app-state.ts';
import { h, uid } from '../dom.ts';
import { changed, type Store } from '../store.ts';
import { findQuote, type QuoteSpan } from '../../server/sources/source-text.ts';
import { renderReader } from './document-reader.ts';
import { createProposalQueue } from './proposal-queue.ts';
import { sourcesApi, type Mention, type Proposal, type SourceDocument } from './sources-api.ts';
import { createSourceList } from './source-list.ts';

export function createDocumentsPanel(container: HTMLElement, store: Store<AppState>, api: Api): void {
  const status = h('p', { class: 'muted small', attrs: { role: 'status', 'aria-live': 'polite' } });
  const say = (text: string) => (status.textContent = text);
  const fail = (error: unknown) => say(error instanceof Error ? error.message : String(error));

  const titleId = uid('doc-title');
  const textId = uid('doc-text');
  const title = h('input', { class: 'text-input', attrs: { id: titleId, type: 'text', required: true } });
  const text = h('textarea', { class: 'text-input', attrs: { id: textId, rows: 4, required: true } });
  const form = h('form', { class: 'export-form documents-form' }, [
    h('div', { class: 'field' }, [h('label', { class: 'field-label', text: 'Document title', attrs: { for: titleId } }), title]),
    h('div', { class: 'field' }, [h('label', { class: 'field-label', text: 'Document text', attrs: { for: textId } }), text]),
    h('div', { class: 'button-row' }, [h('button', { class: 'button button-primary', text: 'Read document', attrs: { type: 'submit' } })]),
  ]);
  const chooserId = uid('doc-choose');
  const chooser = h('select', { attrs: { id: chooserId } });
  const reader = h('div', { class: 'documents-reader', attrs: { 'aria-label': 'Reader: the open document' } });
  const queue = createProposalQueue(store, api, decide);
  const sourceList = createSourceList({ store, api, say, changed: () => loadList(chooser.value || undefined) });
  const section = h('section', { class: 'panel documents', attrs: { 'aria-labelledby': `${chooserId}-heading` } }, [
    h('h2', { class: 'panel-title', text: 'Documents', attrs: { id: `${chooserId}-heading` } }),
    form,
    h('h3', { class: 'panel-subtitle', text: 'Stored documents' }), sourceList.element,
    h('div', { class: 'field' }, [h('label', { class: 'field-label', text: 'Open document', attrs: { for: chooserId } }), chooser]),
    status, reader,
    h('h3', { class: 'panel-subtitle', text: 'Proposals' }), queue.list, queue.acceptSelected,
  ]);
  container.append(section);

  let open: SourceDocument | null = null;
  let proposals: Proposal[] = [];
  let mentions: Mention[] = [];
  let passage: QuoteSpan | null = null;

  async function loadList(selectId?: string): Promise<void> {
    const sources = await sourcesApi.list();
    sourceList.show(sources);
    chooser.replaceChildren(h('option', { text: 'Choose a document…', attrs: { value: '' } }), ...sources.map((source) => h('option', { text: source.title, attrs: { value: source.id } })));
    if (selectId) chooser.value = selectId;
    // The open document was deleted: close the reader.
    if (open && !sources.some((source) => source.id === open!.id)) {
      open = null;
      proposals = [];
      reader.replaceChildren();
      renderQueue();
    }
  }

  async function openDocument(id: string): Promise<void> {
    if (!id) return;
    const next = await Promise.all([sourcesApi.get(id), sourcesApi.proposals(id), sourcesApi.mentions(id)]);
    if (open?.id !== id) passage = null;
    [open, proposals, mentions] = next;
    await learnNames(proposals.flatMap((proposal) => (proposal.kind === 'tie' ? [proposal.from, proposal.to] : [proposal.resultId])));
    render();
  }

  /** Opens the quote's source with the quoted passage marked, scrolled into view and holding the keyboard. */
  async function showPassage(source: string, quote: string): Promise<void> {
    await listed;
    chooser.value = source;
    await openDocument(source);
    passage = open?.text ? findQuote(open.text, quote) : null;
    render();
    const first = reader.querySelector<HTMLElement>('.located-passage');
    if (!first) return void say('The quoted passage is not in this document’s text.');
    first.tabIndex = -1;
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
    say(`Showing the quoted passage in “${open!.title}”.`);
  }

  /** Fetches the names of known organisations the store has not met yet, so proposals can show names, not ids. */
  async function learnNames(ids: (string | null)[]): Promise<void> {
    const unknown = [...new Set(ids)].filter((id): id is string => typeof id === 'string' && !id.startsWith('new:') && !(id in store.get().names));
    const found = await Promise.all(unknown.map((id) => api.organisation(id).catch(() => null)));
    store.update((state) => ({ names: withNames(state.names, found.filter((org) => org !== null)) }));
  }

  function renderQueue(): void {
    queue.show(proposals, open !== null);
  }

  function render(): void {
    if (open) renderReader(reader, { document: open, proposals, mentions, passage }, store);
    renderQueue();
  }

  async function decide(action: () => Promise<unknown>, done: string): Promise<void> {
    try {
      await action();
      say(done);
      if (open) await openDocument(open.id);
    } catch (error) {
      fail(error);
    }
  }

  chooser.addEventListener('change', () => void openDocument(chooser.value).catch(fail));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void sourcesApi.ingest({ title: title.value, text: text.value })
      .then(async ({ source, proposals: found }) => {
        say(`Read “${source.title}”: ${found.length} proposal(s) to review.`);
        form.reset();
        await loadList(source.id);
        await openDocument(source.id);
      })
      .catch(fail);
  });
  store.subscribe((state, previous) => {
    if (!changed(state, previous, 'passageDraft') || !state.passageDraft) return;
    const { source, quote } = state.passageDraft;
    store.update({ passageDraft: null });
    void showPassage(source, quote).catch(fail);
  });
  renderQueue();
  const listed = loadList().catch(fail);
}
