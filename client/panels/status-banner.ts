// Says in words what is happening: loading, errors (with Retry), a cut-down network, or an empty view — so the
// page is never just blank.
import { actions, type AppState } from '../app-state.ts';
import { append, h } from '../dom.ts';
import { count } from '../view-helpers.ts';
import { changed, type Store } from '../store.ts';

export function createStatusBanner(element: HTMLElement, overlay: HTMLElement, store: Store<AppState>, retry: () => void): () => void {
  // Two live regions that stay in the page, so screen readers announce changes to them.
  const polite = h('div', { class: 'status-line', attrs: { role: 'status' } });
  const alert = h('div', { class: 'status-alert', attrs: { role: 'alert' } });
  element.replaceChildren(alert, polite);

  function render(state: AppState) {
    const status = state.status;
    alert.replaceChildren();
    polite.replaceChildren();
    if (status.state === 'error') {
      alert.append(h('div', { class: 'banner banner-error' }, [
        h('span', { text: status.message }),
        h('button', { class: 'button button-small', text: status.retrying ? 'Retry now' : 'Retry', attrs: { type: 'button' }, on: { click: retry } }),
        state.centre ? h('button', { class: 'button button-small', text: 'Show the whole network', attrs: { type: 'button' }, on: { click: () => store.update(actions.wholeNetwork()) } }) : null,
      ]));
    } else if (status.state === 'loading') {
      polite.append(h('div', { class: 'banner banner-loading' }, [h('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }), h('span', { text: status.message })]));
    } else if (state.visible.truncated) {
      polite.append(h('div', { class: 'banner banner-note' }, [
        h('span', { text: `Showing part of a large network: ${count(state.visible.nodes.length, 'organisation', 'organisations')}, the best connected. Search or show a neighbourhood to see the rest.` }),
      ]));
    }

    // The overlay sits over the drawing when there is nothing to draw, saying why.
    overlay.replaceChildren();
    overlay.hidden = true;
    if (state.table) return;
    if (!state.base) {
      if (status.state === 'error') {
        overlay.hidden = false;
        overlay.append(h('p', { class: 'overlay-title', text: 'The network cannot be shown yet.' }), h('p', { text: status.message }));
      } else {
        overlay.hidden = false;
        overlay.append(h('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }), h('p', { text: status.state === 'loading' ? status.message : 'Loading…' }));
      }
    } else if (state.visible.nodes.length === 0) {
      overlay.hidden = false;
      const filtered = state.hiddenKinds.length + state.hiddenTieTypes.length + state.hidden.length > 0;
      append(overlay, [
        h('p', { class: 'overlay-title', text: 'Nothing to show.' }),
        h('p', { text: filtered ? 'Every organisation in this view is hidden or filtered out.' : 'The database holds no organisations yet. Load the data set with `npm run seed`.' }),
        filtered ? h('button', {
          class: 'button', text: 'Show everything again', attrs: { type: 'button' },
          on: { click: () => store.update({ hiddenKinds: [], hiddenTieTypes: [], hidden: [] }) },
        }) : null,
      ]);
    }
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'status', 'visible', 'base', 'centre', 'table', 'hiddenKinds', 'hiddenTieTypes', 'hidden')) render(state);
  });
  render(store.get());
  return unsubscribe;
}
