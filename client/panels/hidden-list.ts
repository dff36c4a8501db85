// "N hidden" beside the undo buttons: hidden organisations are state the drawing cannot show, so they are listed
// here, each with a way back, and the control is there whenever anything is hidden (a shared link's `hide=` too).
import { actions, type AppState } from '../app-state.ts';
import { h } from '../dom.ts';
import { changed, type Store } from '../store.ts';

export function createHiddenList(store: Store<AppState>): { element: HTMLElement; destroy(): void } {
  const summary = h('summary', { class: 'tool' });
  const list = h('ul', { class: 'hidden-items' });
  const showAll = h('button', { class: 'button', text: 'Show all hidden', attrs: { type: 'button' }, on: { click: () => store.update((state) => actions.unhide(state)) } });
  const element = h('details', { class: 'hidden-list' }, [summary, h('div', { class: 'hidden-popover' }, [list, showAll])]);

  function render(state: AppState) {
    element.hidden = state.hidden.length === 0;
    if (element.hidden) element.open = false;
    summary.textContent = `${state.hidden.length} hidden`;
    list.replaceChildren(...state.hidden.map((id) => {
      const name = state.names[id] ?? id;
      return h('li', {}, [
        h('span', { class: 'hidden-name', text: name }),
        h('button', { class: 'button button-quiet', text: 'Show', attrs: { type: 'button', 'aria-label': `Show ${name} again` }, on: { click: () => store.update((current) => actions.unhide(current, id)) } }),
      ]);
    }));
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'hidden', 'names')) render(state);
  });
  render(store.get());
  return { element, destroy: unsubscribe };
}
