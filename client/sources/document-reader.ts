// The open document's text as read: the organisations it names highlighted, each proposal's sentence marked, an
// accepted tie's sentence a button leading to the tie, and a quoted passage (a tie's evidence) marked.
import { actions, type AppState } from '../app-state.ts';
import { h } from '../dom.ts';
import type { Store } from '../store.ts';
import type { QuoteSpan } from '../../server/sources/source-text.ts';
import { markPassage } from './passage-mark.ts';
import type { Mention, Proposal, SourceDocument } from './sources-api.ts';

export interface ReaderContent {
  document: SourceDocument;
  proposals: Proposal[];
  mentions: Mention[];
  passage: QuoteSpan | null;
}

/** Text from `start` to `end` of the document, the organisations it names highlighted. */
function withMentions(body: string, start: number, end: number, mentions: Mention[], names: Record<string, string>): Node[] {
  const nodes: Node[] = [];
  let at = start;
  for (const mention of mentions) {
    if (mention.start < at || mention.end > end) continue;
    nodes.push(window.document.createTextNode(body.slice(at, mention.start)));
    const name = names[mention.id] ?? mention.id;
    nodes.push(h('span', { class: 'mention', text: body.slice(mention.start, mention.end), attrs: { title: name, 'data-organisation': mention.id } }));
    at = mention.end;
  }
  nodes.push(window.document.createTextNode(body.slice(at, end)));
  return nodes;
}

/** The text as paragraphs, each proposal's sentence marked; an accepted tie's sentence leads to the tie. */
export function renderReader(reader: HTMLElement, { document, proposals, mentions, passage }: ReaderContent, store: Store<AppState>): void {
  const body = document.text ?? '';
  const names = store.get().names;
  const text = (start: number, end: number) => withMentions(body, start, end, mentions, names);
  const marks = [...new Map(proposals.map((proposal) => [proposal.start, proposal])).values()].sort((a, b) => a.start - b.start);
  const nodes: Node[] = [];
  let at = 0;
  for (const proposal of marks) {
    if (proposal.start < at) continue;
    nodes.push(...text(at, proposal.start));
    const sentence = text(proposal.start, proposal.end);
    const tie = proposals.find((other) => other.start === proposal.start && other.kind === 'tie' && other.status === 'accepted' && other.resultId);
    nodes.push(tie
      ? h('button', { class: 'backing-sentence', attrs: { type: 'button', title: 'Show the tie this sentence backs' }, on: { click: () => store.update((state) => actions.select(state, tie.resultId!.split('--')[0]!)) } }, sentence)
      : h('mark', { class: `proposal-sentence is-${proposal.status}` }, sentence));
    at = proposal.end;
  }
  nodes.push(...text(at, body.length));
  reader.replaceChildren(h('p', { class: 'documents-text' }, nodes));
  if (passage) markPassage(reader, passage.start, passage.end);
}
