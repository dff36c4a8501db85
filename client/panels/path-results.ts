// The path finder's answer: each path with its plain-English explanation and the evidence per step (choosing one
// highlights it), or why there is none — the endpoints' own reason when they give one (no-path-reason.ts).
import type { Api } from '../api.ts';
import { actions, chosenPath, pathKey, type AppState, type PathQuery } from '../app-state.ts';
import { h } from '../dom.ts';
import type { Store } from '../store.ts';
import type { Path } from '../types.ts';
import { count, evidenceList, passageOpener } from '../view-helpers.ts';
import { noPathReason } from './no-path-reason.ts';

export interface PathResults {
  readonly element: HTMLElement;
  render(state: AppState): void;
}

export function createPathResults(store: Store<AppState>, api: Api): PathResults {
  const results = h('div', { class: 'path-results', attrs: { 'aria-live': 'polite' } });
  const nameOf = (id: string) => store.get().names[id] ?? id;

  function pathCard(path: Path, index: number, chosen: boolean): HTMLElement {
    const steps = h('ol', { class: 'steps' }, path.steps.map((step) => h('li', { class: 'step' }, [
      h('p', { class: 'step-sentence', text: step.sentence }),
      step.evidence.length
        ? h('details', { class: 'step-evidence' }, [h('summary', { text: `Evidence (${step.evidence.length})` }), evidenceList(step.evidence, passageOpener(store))])
        : h('p', { class: 'muted small', text: 'No evidence recorded for this step.' }),
    ])));
    return h('li', { class: `path-card${chosen ? ' is-chosen' : ''}` }, [
      h('button', {
        class: 'path-choose', attrs: { type: 'button', 'aria-pressed': String(chosen) },
        on: { click: () => store.update((state) => actions.choosePath(state, index)) },
      }, [
        h('span', { class: 'path-number', text: `Path ${index + 1}` }),
        h('span', { class: 'muted small', text: `${count(path.length, 'step', 'steps')} · ${path.nodes.map((node) => node.shortName ?? node.name).join(' → ')}` }),
      ]),
      h('p', { class: 'explanation', text: path.explanation }),
      steps,
    ]);
  }

  /** Why there is no path, by path key and day: null when the endpoints do not say (or while asking). */
  const reasons = new Map<string, string | null>();
  async function explain(key: string, query: PathQuery, asOf: string | null) {
    reasons.set(key, null);
    try {
      const endpoints = await Promise.all([query.from, query.to].map((id) => api.organisation(id, undefined, asOf)));
      const reason = noPathReason(query, endpoints, asOf ? `in ${asOf}` : 'today');
      if (!reason) return;
      reasons.set(key, reason);
      const now = store.get();
      if (`${now.pathResult?.key}|${now.asOf ?? ''}` === key) renderResults(now);
    } catch {
      // The general advice stays: a reason is a courtesy, not worth an error message.
    }
  }

  function renderResults(state: AppState) {
    const query = state.path;
    if (!query) {
      results.replaceChildren();
      return;
    }
    if (state.pathStatus.state === 'loading') {
      results.replaceChildren(h('p', { class: 'loading', text: `Looking for paths from ${nameOf(query.from)} to ${nameOf(query.to)}…` }));
      return;
    }
    if (state.pathStatus.state === 'error') {
      results.replaceChildren(h('p', { class: 'error', text: state.pathStatus.message }));
      return;
    }
    if (!state.pathResult || state.pathResult.key !== pathKey(query)) {
      results.replaceChildren();
      return;
    }
    const paths = state.pathResult.paths;
    if (!paths.length) {
      // Another day may give another reason.
      const key = `${state.pathResult.key}|${state.asOf ?? ''}`;
      const reason = reasons.get(key);
      if (reason === undefined) void explain(key, query, state.asOf);
      if (reason) {
        results.replaceChildren(h('p', { class: 'no-path' }, [
          h('strong', { text: 'No path' }), ` between ${nameOf(query.from)} and ${nameOf(query.to)}: ${reason}`,
        ]));
        return;
      }
      const conditions = [query.tieTypes.length ? 'with the chosen tie types' : '', query.avoid.length ? `avoiding ${query.avoid.map(nameOf).join(', ')}` : ''].filter(Boolean).join(', ');
      results.replaceChildren(h('p', { class: 'no-path' }, [
        h('strong', { text: `No path within ${count(query.maxHops, 'hop', 'hops')}` }),
        ` between ${nameOf(query.from)} and ${nameOf(query.to)}${conditions ? ` ${conditions}` : ''}. Try more hops, more tie types or fewer organisations to avoid.`,
      ]));
      return;
    }
    const chosen = chosenPath(state);
    results.replaceChildren(
      h('p', { class: 'result-summary', text: `${count(paths.length, 'path', 'paths')} found. ${paths.length > 1 ? 'Choose one to highlight it in the network.' : 'It is highlighted in the network.'}` }),
      h('ol', { class: 'path-list' }, paths.map((path, index) => pathCard(path, index, path === chosen))),
    );
  }

  return { element: results, render: renderResults };
}
