// Tabs for the side panel (filters, paths, analysis, export, edit), following the ARIA tabs pattern: ←/→/Home/End move between
// tabs, the open tab lives in the store so "Path from here" in the details can open the path finder.
import type { AppState, SideTab } from '../app-state.ts';
import { h } from '../dom.ts';
import { changed, type Store } from '../store.ts';

export function createSideTabs(tablist: HTMLElement, panels: Record<SideTab, HTMLElement>, store: Store<AppState>): () => void {
  const labels: Record<SideTab, string> = { filters: 'Filters', paths: 'Paths', analysis: 'Analysis', export: 'Export', edit: 'Edit' };
  const order = Object.keys(labels) as SideTab[];
  tablist.setAttribute('role', 'tablist');
  tablist.setAttribute('aria-label', 'Tools');
  const tabs = order.map((key) => {
    const panel = panels[key];
    panel.setAttribute('role', 'tabpanel');
    panel.id ||= `panel-${key}`;
    const tab = h('button', {
      class: 'tab', text: labels[key],
      attrs: { type: 'button', role: 'tab', id: `tab-${key}`, 'aria-controls': panel.id },
      on: { click: () => store.update({ tab: key }) },
    });
    panel.setAttribute('aria-labelledby', tab.id);
    return tab;
  });
  tablist.replaceChildren(...tabs);
  tablist.addEventListener('keydown', (event) => {
    const current = order.indexOf(store.get().tab);
    let next: number;
    if (event.key === 'ArrowRight') next = (current + 1) % order.length;
    else if (event.key === 'ArrowLeft') next = (current - 1 + order.length) % order.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = order.length - 1;
    else return;
    event.preventDefault();
    store.update({ tab: order[next]! });
    tabs[next]!.focus();
  });

  function render(state: AppState) {
    order.forEach((key, index) => {
      const active = key === state.tab;
      tabs[index]!.setAttribute('aria-selected', String(active));
      tabs[index]!.tabIndex = active ? 0 : -1;
      panels[key].hidden = !active;
    });
    // A quiet mark on the Edit tab while signed in, so edit mode is never a surprise.
    const edit = tabs[order.indexOf('edit')]!;
    edit.classList.toggle('is-editing', state.editing);
    edit.title = state.editing ? 'Signed in to edit' : 'Sign in to edit';
  }
  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'tab', 'editing')) render(state);
  });
  render(store.get());
  return unsubscribe;
}
