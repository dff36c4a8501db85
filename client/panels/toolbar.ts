// The view controls above the drawing: whole network, undo and redo, the hidden organisations, fit, zoom, release
// pins and the table-view toggle. Each button reflects the state it acts on (disabled when it would do nothing);
// Ctrl+Z and Ctrl+Shift+Z undo and redo.
import { actions, type AppState } from '../app-state.ts';
import { h } from '../dom.ts';
import { changed, type Store } from '../store.ts';
import { createHiddenList } from './hidden-list.ts';

export interface ToolbarCommands {
  fit(): void;
  zoomBy(factor: number): void;
  releasePins(): void;
}

export function createToolbar(element: HTMLElement, store: Store<AppState>, commands: ToolbarCommands): () => void {
  const button = (text: string, onClick: () => void, extra: Record<string, string> = {}) =>
    h('button', { class: 'tool', text, attrs: { type: 'button', ...extra }, on: { click: onClick } });
  const whole = button('Whole network', () => store.update(actions.wholeNetwork()));
  const undo = button('Undo', () => store.update((state) => actions.undo(state)));
  const redo = button('Redo', () => store.update((state) => actions.redo(state)));
  const hiddenList = createHiddenList(store);
  const fit = button('Fit to screen', commands.fit);
  const zoomIn = button('+', () => commands.zoomBy(1.4), { 'aria-label': 'Zoom in', title: 'Zoom in' });
  const zoomOut = button('−', () => commands.zoomBy(1 / 1.4), { 'aria-label': 'Zoom out', title: 'Zoom out' });
  const release = button('Release pins', commands.releasePins);
  const table = button('Table view', () => store.update((state) => actions.toggleTable(state)), { 'aria-pressed': 'false' });
  element.replaceChildren(
    h('div', { class: 'tool-group' }, [whole, undo, redo, hiddenList.element]),
    h('div', { class: 'tool-group', attrs: { role: 'group', 'aria-label': 'Zoom' } }, [zoomOut, zoomIn, fit]),
    h('div', { class: 'tool-group' }, [release, table]),
  );

  function render(state: AppState) {
    whole.disabled = !state.centre && !state.expanded.length && !state.hidden.length;
    describe(undo, 'Undo', state.undo.at(-1)?.action);
    describe(redo, 'Redo', state.redo.at(-1)?.action);
    release.disabled = state.pinned === 0;
    release.textContent = state.pinned ? `Release pins (${state.pinned})` : 'Release pins';
    table.setAttribute('aria-pressed', String(state.table));
    table.classList.toggle('is-on', state.table);
    for (const control of [fit, zoomIn, zoomOut]) control.disabled = state.table;
  }

  function describe(control: HTMLButtonElement, verb: string, action: string | undefined) {
    control.disabled = !action;
    control.title = action ? `${verb} ${action}` : `Nothing to ${verb.toLowerCase()}`;
    control.setAttribute('aria-label', action ? `${verb} ${action}` : `${verb} (nothing to ${verb.toLowerCase()})`);
  }

  // Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes the view's edits, except where text is being typed.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
    const key = event.key.toLowerCase();
    const patch = key === 'z' && !event.shiftKey ? actions.undo : (key === 'z' && event.shiftKey) || key === 'y' ? actions.redo : null;
    if (!patch) return;
    event.preventDefault();
    store.update((state) => patch(state));
  };
  document.addEventListener('keydown', onKeyDown);

  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'centre', 'expanded', 'hidden', 'undo', 'redo', 'pinned', 'table')) render(state);
  });
  render(store.get());
  return () => {
    unsubscribe();
    hiddenList.destroy();
    document.removeEventListener('keydown', onKeyDown);
  };
}
