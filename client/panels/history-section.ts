// The "History" of the selected organisation (folded by default): who changed what and when, for it and its
// ties, newest first. Fetched when first opened, and again after a write while it is open.
import { ApiError, isAbort, type Api } from '../api.ts';
import { h } from '../dom.ts';
import { count } from '../view-helpers.ts';
import { describeChange, formatWhen } from '../curation/change-words.ts';

export interface HistorySection {
  element: HTMLDetailsElement;
  /** Fetch again (after a write) if it is open; otherwise on the next opening. */
  refresh(): void;
  destroy(): void;
}

export function createHistorySection(api: Api, id: string, nameOf: (id: string) => string, labelOf: (type: string) => string): HistorySection {
  const body = h('div', { class: 'history-body' });
  const element = h('details', { class: 'history' }, [h('summary', { class: 'history-summary', text: 'History' }), body]);
  let controller: AbortController | null = null;
  let stale = true;

  async function load() {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    stale = false;
    // Reloading after a write keeps the list in place until the new one arrives.
    if (!body.querySelector('.history-list')) body.replaceChildren(h('p', { class: 'loading small', text: 'Loading the history…', attrs: { role: 'status' } }));
    try {
      const changes = await api.history(id, own.signal);
      if (own.signal.aborted) return;
      if (!changes.length) {
        body.replaceChildren(h('p', { class: 'muted small', text: 'No changes recorded: it is as the data set was loaded.' }));
        return;
      }
      body.replaceChildren(
        h('p', { class: 'visually-hidden', text: `${count(changes.length, 'change', 'changes')}, newest first.` }),
        h('ol', { class: 'history-list' }, changes.map((change) => h('li', { class: 'history-item' }, [
          h('p', { class: 'history-what', text: describeChange(change, nameOf, labelOf) }),
          h('p', { class: 'history-meta' }, [
            h('time', { text: formatWhen(change.at), attrs: { datetime: change.at } }),
            ` · by ${change.actor === 'default' ? 'the default token' : change.actor}`,
            change.importId ? ' · in an import' : '',
          ]),
        ]))),
      );
    } catch (error) {
      if (isAbort(error)) return;
      stale = true;
      body.replaceChildren(
        h('p', { class: 'error small', text: error instanceof ApiError ? error.message : 'The history could not be loaded.' }),
        h('button', { class: 'button button-small', text: 'Try again', attrs: { type: 'button' }, on: { click: () => void load() } }),
      );
    }
  }

  element.addEventListener('toggle', () => {
    if (element.open && stale) void load();
  });

  return {
    element,
    refresh() {
      stale = true;
      if (element.open) void load();
    },
    destroy() {
      controller?.abort();
    },
  };
}
