// Boots the explorer: the store (seeded from the URL), URL mirroring, data loading, the canvas view and the
// panels. Everything talks through the store; this file only wires the pieces together.
import './styles.css';
import { createMeasuresClient } from './analysis/measures-client.ts';
import { createViewMeasures, nodeStyleOf } from './analysis/view-measures.ts';
import { api } from './api.ts';
import { actions, chosenPath, initialState, type AppState } from './app-state.ts';
import { createEditorCommands } from './curation/editor-commands.ts';
import { currentToken } from './curation/session.ts';
import { createDataController } from './data-controller.ts';
import { createGraphView } from './graph/graph-view.ts';
import { stylesFor } from './graph/graph-styles.ts';
import { tieMarks } from './graph/tie-marks.ts';
import { createAnalysisPanel } from './panels/analysis-panel.ts';
import { createCombobox } from './panels/combobox.ts';
import { createDetailsPanel } from './panels/details-panel.ts';
import { createEditPanel } from './panels/edit-panel.ts';
import { createExportPanel } from './panels/export-panel.ts';
import { createSavedViewsPanel } from './panels/saved-views-panel.ts';
import { createFiltersPanel } from './panels/filters-panel.ts';
import { createLegendOverlay } from './panels/legend-overlay.ts';
import { createPathPanel } from './panels/path-panel.ts';
import { createSideTabs } from './panels/side-tabs.ts';
import { createStatusBanner } from './panels/status-banner.ts';
import { createTableView } from './panels/table-view.ts';
import { createTimelinePanel } from './panels/timeline-panel.ts';
import { createDocumentsPanel } from './sources/documents-panel.ts';
import { createToolbar } from './panels/toolbar.ts';
import { createNetworkSelector } from './panels/network-selector.ts';
import { changed, createStore } from './store.ts';
import { decodeView } from './url-state.ts';
import { createUrlSync } from './url-sync.ts';
import { savedViewIdIn, savedViews, type SavedView } from './saved-views.ts';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page is missing #${id}`);
  return element as T;
};

// A saved view's short link (/v/<id>): its view is read first, so the page loads that view and nothing before it.
const savedViewId = savedViewIdIn(location.pathname);
let savedView: SavedView | null = null;
let savedViewError: string | null = null;
if (savedViewId) {
  try {
    savedView = await savedViews.open(savedViewId);
  } catch (error) {
    savedViewError = `This saved view could not be opened: ${error instanceof Error ? error.message : 'unknown error'}`;
  }
  // From here on the address is the view's own shareable URL (the short link keeps working).
  history.replaceState(null, '', `/${savedView?.search ?? ''}`);
}

// Signed in earlier in this tab: edit mode carries on (a refused token signs out on its first write).
const store = createStore<AppState>({ ...initialState(decodeView(new URLSearchParams(location.search))), editing: currentToken() !== null });
if (savedViewError) store.update({ status: { state: 'error', message: savedViewError, retrying: false } });
// The first state is the page's own URL: record it as is, so the first change pushes a new entry after it.
history.replaceState(null, '', location.href);
createUrlSync(store);

const graphElement = byId('graph');
const graph = createGraphView(graphElement, {
  onSelect: (id) => store.update((state) => actions.select(state, id)),
  onExpand: (id) => store.update((state) => actions.expand(state, id)),
  onHide: (id) => store.update((state) => actions.hide(state, id)),
  onPinsChange: (pinned) => store.update({ pinned }),
});
if (savedView) graph.restoreLayout(savedView.layout);

// Search: choosing an organisation selects it, brings it into view (adding its neighbourhood when it is not shown)
// and opens its details.
const search = createCombobox({
  label: 'Search organisations',
  hiddenLabel: true,
  placeholder: 'Search organisations (name, acronym…)',
  search: (query, signal) => api.search(query, signal),
  kind: (kind) => stylesFor(store.get().meta).kind(kind),
  onChoose: (result) => {
    store.update((state) => {
      const names = { ...state.names, [result.id]: result.name };
      const inView = state.visible.nodes.some((node) => node.id === result.id);
      const expand = inView ? {} : actions.expand({ ...state, names }, result.id) ?? {};
      return { ...expand, names, selected: result.id };
    });
    graph.centreOn(result.id);
  },
});
byId('search').append(search.element);
// Without the list of networks the explorer still shows its own (the selector just stays hidden).
createNetworkSelector(byId('network')).catch(() => {});

const controller = createDataController(store, api);
createToolbar(byId('toolbar'), store, { fit: () => graph.fit(), zoomBy: (factor) => graph.zoomBy(factor), releasePins: () => graph.releasePins() });
createStatusBanner(byId('status'), byId('graph-overlay'), store, () => controller.retry());
const editor = createEditorCommands(store, api);
createSideTabs(byId('side-tabs'), { filters: byId('panel-filters'), paths: byId('panel-paths'), analysis: byId('panel-analysis'), export: byId('panel-export'), edit: byId('panel-edit') }, store);
createFiltersPanel(byId('panel-filters'), store);
createPathPanel(byId('panel-paths'), store, api);
const measures = createMeasuresClient();
createViewMeasures(store, measures);
createAnalysisPanel(byId('panel-analysis'), store, api, measures);
createExportPanel(byId('panel-export'), store, api, () => graph.snapshot());
const savedViewsSection = document.createElement('section');
savedViewsSection.className = 'saved-views-section';
byId('panel-export').append(savedViewsSection);
createSavedViewsPanel(savedViewsSection, store, () => graph.layoutState());
createEditPanel(byId('panel-edit'), store, api, editor);
createDetailsPanel(byId('details'), store, api, editor);
createTableView(byId('table-view'), store);
createLegendOverlay(byId<HTMLDetailsElement>('legend'), store);
createTimelinePanel(byId('timeline'), store);
createDocumentsPanel(byId('side-tabs').parentElement!, store, api);

// On a phone the panels stack under the network: these buttons jump to them (and open the right tab).
byId('jump-nav').addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-jump]')?.dataset.jump;
  if (!target) return;
  if (target === 'details') {
    const details = byId('details');
    details.scrollIntoView({ block: 'start' });
    details.querySelector<HTMLElement>('h2')?.focus();
    return;
  }
  store.update({ tab: target as AppState['tab'] });
  const panel = byId(`panel-${target}`);
  panel.scrollIntoView({ block: 'start' });
  const title = panel.querySelector<HTMLElement>('h2');
  if (title) {
    title.tabIndex = -1;
    title.focus();
  }
});
const showJumpTab = (tab: AppState['tab']) => {
  for (const button of byId('jump-nav').querySelectorAll<HTMLElement>('[data-jump]')) button.classList.toggle('is-on', button.dataset.jump === tab);
};
showJumpTab(store.get().tab);
store.subscribe((state, previous) => {
  if (changed(state, previous, 'tab')) showJumpTab(state.tab);
});

// The drawing follows the store. A new centre or depth is laid out afresh; the same view reloaded after a write
// keeps everyone where they are, and only what is new finds a place.
let drawnKey: string | null = null;
let highlighted: ReturnType<typeof chosenPath> = null;
let highlightComplete = true;
store.subscribe((state, previous) => {
  if (changed(state, previous, 'meta')) graph.setStyles(stylesFor(state.meta));
  if (changed(state, previous, 'visible') && state.base) {
    const key = `${state.centre ?? ''}|${state.depth}`;
    const fresh = key !== drawnKey;
    drawnKey = key;
    graph.update(state.visible, { fresh });
    const wasVisible = previous.visible.nodes.some((node) => node.id === state.selected);
    if (state.selected && !wasVisible) graph.select(state.selected, { reveal: !fresh });
  }
  if (changed(state, previous, 'selected')) graph.select(state.selected, { reveal: true });
  // A path is highlighted once all its organisations are drawn (they join the view a moment after the answer).
  const path = chosenPath(state);
  if (path !== highlighted || (!highlightComplete && changed(state, previous, 'visible'))) {
    highlighted = path;
    const drawn = new Set(state.visible.nodes.map((node) => node.id));
    highlightComplete = !path || path.nodes.every((node) => drawn.has(node.id));
    graph.highlightPath(path);
  }
  if (changed(state, previous, 'viewMeasures', 'sizeBy', 'colourBy')) graph.setNodeStyle(nodeStyleOf(state));
  if (changed(state, previous, 'visible', 'asOf', 'comparison')) graph.markTies(tieMarks(state.visible.links, state.asOf, state.comparison));
  if (changed(state, previous, 'table')) {
    graphElement.hidden = state.table;
    document.body.classList.toggle('is-table', state.table);
  }
});
graph.setStyles(stylesFor(store.get().meta));
graph.setNodeStyle(nodeStyleOf(store.get()));
graph.select(store.get().selected);
graphElement.hidden = store.get().table;
document.body.classList.toggle('is-table', store.get().table);

// Exposed for the browser tests and for people poking at the app from the console; read-only use only.
declare global {
  interface Window {
    explorer?: { store: typeof store; graph: typeof graph };
  }
}
window.explorer = { store, graph };
