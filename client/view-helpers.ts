// Small view helpers every panel shares (no panel imports from another): plural counts, a tie's date range, and
// the evidence list with its "Show in document" opener.
import type { AppState } from './app-state.ts';
import { externalLink, h } from './dom.ts';
import { evidenceText } from './panels/evidence-text.ts';
import type { Store } from './store.ts';
import type { Evidence } from './types.ts';

// One formatter for every count: toLocaleString with a locale builds a new one each call, tens of milliseconds
// across a big view's labels.
const NUMBERS = new Intl.NumberFormat('en-GB');

/** Plain words for how many: "1 tie", "3 ties". */
export function count(n: number, one: string, many: string): string {
  return `${NUMBERS.format(n)} ${n === 1 ? one : many}`;
}

export function dateRange(since: string | null, until: string | null): string | null {
  if (since && until) return `${since} – ${until}`;
  if (since) return `since ${since}`;
  if (until) return `until ${until}`;
  return null;
}

/** For evidenceList: a quote's "Show in document" asks the documents reader (through the store) to show it. */
export const passageOpener = (store: Store<AppState>) => (item: Evidence) => store.update({ passageDraft: { source: item.source, quote: item.quote } });

/** `showInDocument`, when given, offers each verbatim quote a way to its place in the stored source text. */
export function evidenceList(evidence: readonly Evidence[], showInDocument?: (item: Evidence) => void): HTMLElement {
  if (!evidence.length) return h('p', { class: 'muted', text: 'No evidence recorded for this tie.' });
  return h('ul', { class: 'evidence-list', attrs: { 'aria-label': 'Evidence' } }, evidence.map((item) =>
    h('li', { class: 'evidence' }, [
      h(item.verbatim ? 'blockquote' : 'p', { class: item.verbatim ? 'quote' : 'quote note', text: evidenceText(item) }),
      h('p', { class: 'source' }, [
        '— ',
        h('cite', {}, [externalLink(item.url, item.title)]),
        item.publisher ? `, ${item.publisher}` : '',
        ...(item.verbatim && showInDocument ? [' ', h('button', {
          class: 'button button-quiet button-tiny', text: 'Show in document', attrs: { type: 'button', title: `Open “${item.title}” at this sentence` },
          on: { click: () => showInDocument(item) },
        })] : []),
      ]),
    ])));
}
