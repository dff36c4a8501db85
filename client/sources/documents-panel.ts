// Documents: add one (its text is read for proposals), read it with the organisations it names highlighted and
// every proposed or accepted sentence marked (an accepted tie's sentence leads to the tie's organisation), and review its proposals: accept (type editable),
// reject, or accept several at once. A tie's evidence opens the reader at its passage (passageDraft in the store).
// Everything is a button or a form control, so it all works from the keyboard.
import './documents.css';
import { actions, type AppState } from '../app-state.ts';
import { h, uid } from '../dom.ts';
import { changed, type Store } from '../store.ts';
import { findQuote, type QuoteSpan } from '../../server/sources/source-text.ts';
import { markPassage } from './passage-mark.ts';
import { sourcesApi, type Mention, type Proposal, type SourceDocument } from './sources-api.ts';

export function createDocumentsPanel(container: HTMLElement, store: Store<AppState>): void {
  const status = h('p', { class: 'muted small', attrs: { role: 'status', 'aria-live': 'polite' } });
  const say = (text: string) => (status.textContent = text);
  const fail = (error: unknown) => say(error instanceof Error ? error.message : String(error));

  const titleId = uid('doc-title');
  const textId = uid('doc-text');
  const title = h('input', { attrs: { id: titleId, type: 'text', required: true } });
  const text = h('textarea', { attrs: { id: textId, rows: 4, required: true } });
  const form = h('form', { class: 'documents-form' }, [
    h('label', { text: 'Document title', attrs: { for: titleId } }), title,
    h('label', { text: 'Document text', attrs: { for: textId } }), text,
    h('button', { text: 'Read document', attrs: { type: 'submit' } }),
  ]);
  const chooserId = uid('doc-choose');
  const chooser = h('select', { attrs: { id: chooserId } });
  const reader = h('div', { class: 'documents-reader', attrs: { 'aria-label': 'Reader: the open document' } });
  const queue = h('ul', { class: 'documents-queue', attrs: { 'aria-label': 'Proposals to review' } });
  const acceptSelected = h('button', { text: 'Accept selected', attrs: { type: 'button' } });
  const section = h('section', { class: 'panel documents', attrs: { 'aria-labelledby': `${chooserId}-heading` } }, [
    h('h2', { text: 'Documents', attrs: { id: `${chooserId}-heading` } }),
    form,
    h('label', { text: 'Open document', attrs: { for: chooserId } }), chooser,
    status, reader,
    h('h3', { text: 'Proposals' }), queue, acceptSelected,
  ]);
  container.append(section);

  let open: SourceDocument | null = null;
  let proposals: Proposal[] = [];
  let mentions: Mention[] = [];
  let passage: QuoteSpan | null = null;
  const chosen = new Set<string>();

  async function loadList(selectId?: string): Promise<void> {
    const sources = await sourcesApi.list();
    chooser.replaceChildren(h('option', { text: 'Choose a document…', attrs: { value: '' } }), ...sources.map((source) => h('option', { text: source.title, attrs: { value: source.id } })));
    if (selectId) chooser.value = selectId;
  }

  async function openDocument(id: string): Promise<void> {
    if (!id) return;
    const next = await Promise.all([sourcesApi.get(id), sourcesApi.proposals(id), sourcesApi.mentions(id)]);
    if (open?.id !== id) passage = null;
    [open, proposals, mentions] = next;
    chosen.clear();
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

  /** Text from `start` to `end` of the document, the organisations it names highlighted. */
  function withMentions(body: string, start: number, end: number): Node[] {
    const nodes: Node[] = [];
    let at = start;
    for (const mention of mentions) {
      if (mention.start < at || mention.end > end) continue;
      nodes.push(window.document.createTextNode(body.slice(at, mention.start)));
      const name = store.get().names[mention.id] ?? mention.id;
      nodes.push(h('span', { class: 'mention', text: body.slice(mention.start, mention.end), attrs: { title: name, 'data-organisation': mention.id } }));
      at = mention.end;
    }
    nodes.push(window.document.createTextNode(body.slice(at, end)));
    return nodes;
  }

  /** The text as paragraphs, each proposal's sentence marked; an accepted tie's sentence leads to the tie. */
  function renderReader(document: SourceDocument): void {
    const body = document.text ?? '';
    const marks = [...new Map(proposals.map((proposal) => [proposal.start, proposal])).values()].sort((a, b) => a.start - b.start);
    const nodes: Node[] = [];
    let at = 0;
    for (const proposal of marks) {
      if (proposal.start < at) continue;
      nodes.push(...withMentions(body, at, proposal.start));
      const sentence = withMentions(body, proposal.start, proposal.end);
      const tie = proposals.find((other) => other.start === proposal.start && other.kind === 'tie' && other.status === 'accepted' && other.resultId);
      nodes.push(tie
        ? h('button', { class: 'backing-sentence', attrs: { type: 'button', title: 'Show the tie this sentence backs' }, on: { click: () => store.update((state) => actions.select(state, tie.resultId!.split('--')[0]!)) } }, sentence)
        : h('mark', { class: `proposal-sentence is-${proposal.status}` }, sentence));
      at = proposal.end;
    }
    nodes.push(...withMentions(body, at, body.length));
    reader.replaceChildren(h('p', { class: 'documents-text' }, nodes));
    if (passage) markPassage(reader, passage.start, passage.end);
  }

  function renderQueue(): void {
    const waiting = proposals.filter((proposal) => proposal.status === 'open');
    queue.replaceChildren(...waiting.map((proposal) => {
      const pickId = uid('pick');
      const typeSelect = h('select', { attrs: { 'aria-label': 'Type of tie' } }, (store.get().meta?.tieTypes ?? []).map((type) => h('option', { text: type.label, attrs: { value: type.id } })));
      if (proposal.type) typeSelect.value = proposal.type;
      const what = proposal.kind === 'tie'
        ? h('span', { class: 'proposal-what' }, [`${proposal.from} `, typeSelect, ` ${proposal.to}`])
        : h('span', { class: 'proposal-what', text: `New organisation: ${proposal.name} (${proposal.suggestedKind})` });
      const pick = h('input', { attrs: { type: 'checkbox', id: pickId }, on: { change: () => (pick.checked ? chosen.add(proposal.id) : chosen.delete(proposal.id)) } });
      return h('li', { class: 'proposal' }, [
        pick, h('label', { text: `Select (confidence ${proposal.confidence.toFixed(2)})`, attrs: { for: pickId } }),
        what,
        h('blockquote', { class: 'quote', text: `“${proposal.sentence}”` }),
        h('button', { text: 'Accept', attrs: { type: 'button' }, on: { click: () => void decide(() => sourcesApi.accept([{ id: proposal.id, ...(proposal.kind === 'tie' ? { type: typeSelect.value } : {}) }]), 'Accepted.') } }),
        h('button', { text: 'Reject', attrs: { type: 'button' }, on: { click: () => void decide(() => sourcesApi.reject([proposal.id]), 'Rejected.') } }),
      ]);
    }));
    if (waiting.length === 0) queue.replaceChildren(h('li', { class: 'muted small', text: open ? 'Nothing left to review in this document.' : 'Open a document to review what it states.' }));
    acceptSelected.hidden = waiting.length < 2;
  }

  function render(): void {
    if (open) renderReader(open);
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

  acceptSelected.addEventListener('click', () => void decide(() => sourcesApi.accept([...chosen].map((id) => ({ id }))), 'Accepted the selected proposals.'));
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
