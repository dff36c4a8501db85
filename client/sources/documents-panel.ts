// Documents: add one (its text is read for proposals), list, edit and delete them (source-list.ts), read one with the organisations it names highlighted and
// every proposed or accepted sentence marked (an accepted tie's sentence leads to the tie's organisation), and review its proposals: accept (type editable),
// reject, merge a proposed organisation into a known one, or accept several at once. A tie's evidence opens the reader at its passage (passageDraft in the store).
// Everything is a button or a form control, so it all works from the keyboard.
import './documents.css';
import type { Api } from '../api.ts';
import { actions, withNames, type AppState } from '../app-state.ts';
import { stylesFor } from '../graph/graph-styles.ts';
import { createCombobox, type Combobox } from '../panels/combobox.ts';
import { h, uid } from '../dom.ts';
import { changed, type Store } from '../store.ts';
import { findQuote, type QuoteSpan } from '../../server/sources/source-text.ts';
import { markPassage } from './passage-mark.ts';
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
  const queue = h('ul', { class: 'documents-queue', attrs: { 'aria-label': 'Proposals to review' } });
  const acceptSelected = h('button', { class: 'button button-primary', text: 'Accept selected', attrs: { type: 'button' } });
  const sourceList = createSourceList({ store, api, say, changed: () => loadList(chooser.value || undefined) });
  const section = h('section', { class: 'panel documents', attrs: { 'aria-labelledby': `${chooserId}-heading` } }, [
    h('h2', { class: 'panel-title', text: 'Documents', attrs: { id: `${chooserId}-heading` } }),
    form,
    h('h3', { class: 'panel-subtitle', text: 'Stored documents' }), sourceList.element,
    h('div', { class: 'field' }, [h('label', { class: 'field-label', text: 'Open document', attrs: { for: chooserId } }), chooser]),
    status, reader,
    h('h3', { class: 'panel-subtitle', text: 'Proposals' }), queue, acceptSelected,
  ]);
  container.append(section);

  let open: SourceDocument | null = null;
  let proposals: Proposal[] = [];
  let mentions: Mention[] = [];
  let passage: QuoteSpan | null = null;
  const chosen = new Set<string>();
  let mergeBoxes: Combobox[] = [];

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

  /** Fetches the names of known organisations the store has not met yet, so proposals can show names, not ids. */
  async function learnNames(ids: (string | null)[]): Promise<void> {
    const unknown = [...new Set(ids)].filter((id): id is string => typeof id === 'string' && !id.startsWith('new:') && !(id in store.get().names));
    const found = await Promise.all(unknown.map((id) => api.organisation(id).catch(() => null)));
    store.update((state) => ({ names: withNames(state.names, found.filter((org) => org !== null)) }));
  }

  /** A tie proposal's end by name: a known organisation, or the organisation proposed (or what it became). */
  function endName(key: string | null): string {
    if (!key) return '?';
    const proposed = proposals.find((proposal) => proposal.kind === 'organisation' && proposal.orgKey === key);
    if (!proposed) return store.get().names[key] ?? key;
    if (proposed.resultId) return store.get().names[proposed.resultId] ?? proposed.name ?? key;
    return `${proposed.name ?? key} (proposed)`;
  }

  /** "Merge into…" opens a search for the known organisation a proposed one really is. */
  function mergeControl(proposal: Proposal): HTMLElement {
    let into: string | null = null;
    const box = createCombobox({
      label: `Merge ${proposal.name ?? 'this organisation'} into`, placeholder: 'Known organisation', hiddenLabel: true,
      search: (query, signal) => api.search(query, signal), kind: (id) => stylesFor(store.get().meta).kind(id),
      onChoose: (result) => { into = result.id; confirm.disabled = false; },
    });
    box.input.addEventListener('input', () => { into = null; confirm.disabled = true; });
    mergeBoxes.push(box);
    const confirm = h('button', {
      class: 'button button-small', text: 'Merge', attrs: { type: 'button', disabled: true },
      on: { click: () => into && void decide(() => sourcesApi.merge(proposal.id, into!), 'Merged.') },
    });
    const group = h('div', { class: 'proposal-merge', attrs: { role: 'group', 'aria-label': `Merge ${proposal.name ?? ''}` } }, [box.element, confirm]);
    group.hidden = true;
    const toggle = h('button', {
      class: 'button button-small', text: 'Merge into…', attrs: { type: 'button', 'aria-expanded': 'false' },
      on: {
        click: () => {
          group.hidden = !group.hidden;
          toggle.setAttribute('aria-expanded', String(!group.hidden));
          if (!group.hidden) box.focus();
        },
      },
    });
    return h('span', { class: 'proposal-merge-control' }, [toggle, group]);
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
    for (const box of mergeBoxes) box.destroy();
    mergeBoxes = [];
    queue.replaceChildren(...waiting.map((proposal) => {
      const pickId = uid('pick');
      const typeSelect = h('select', { attrs: { 'aria-label': 'Type of tie' } }, (store.get().meta?.tieTypes ?? []).map((type) => h('option', { text: type.label, attrs: { value: type.id } })));
      if (proposal.type) typeSelect.value = proposal.type;
      const what = proposal.kind === 'tie'
        ? h('span', { class: 'proposal-what' }, [`${endName(proposal.from)} `, typeSelect, ` ${endName(proposal.to)}`])
        : h('span', { class: 'proposal-what', text: `New organisation: ${proposal.name} (${proposal.suggestedKind})` });
      const pick = h('input', { attrs: { type: 'checkbox', id: pickId }, on: { change: () => (pick.checked ? chosen.add(proposal.id) : chosen.delete(proposal.id)) } });
      return h('li', { class: 'proposal' }, [
        h('div', { class: 'proposal-pick' }, [pick, h('label', { class: 'muted small', text: `Select (confidence ${proposal.confidence.toFixed(2)})`, attrs: { for: pickId } })]),
        what,
        h('blockquote', { class: 'quote', text: `“${proposal.sentence}”` }),
        h('div', { class: 'button-row' }, [
          h('button', { class: 'button button-small', text: 'Accept', attrs: { type: 'button' }, on: { click: () => void decide(() => sourcesApi.accept([{ id: proposal.id, ...(proposal.kind === 'tie' ? { type: typeSelect.value } : {}) }]), 'Accepted.') } }),
          h('button', { class: 'button button-small', text: 'Reject', attrs: { type: 'button' }, on: { click: () => void decide(() => sourcesApi.reject([proposal.id]), 'Rejected.') } }),
          proposal.kind === 'organisation' ? mergeControl(proposal) : null,
        ]),
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
