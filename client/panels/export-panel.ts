// Export: the current view, the selected path, or a neighbourhood, in every format the API writes, plus PNG and
// SVG pictures of the current view drawn here. Downloads go through a temporary object URL.
import { ApiError, type Api, type ExportRequest } from '../api.ts';
import { chosenPath, hasEvidence, MAX_DEPTH, type AppState } from '../app-state.ts';
import { evidenceRead } from '../data-controller.ts';
import { h, uid } from '../dom.ts';
import type { GraphSnapshot } from '../graph/graph-view.ts';
import { buildPng } from '../graph/png-picture.ts';
import { buildSvg } from '../graph/svg-picture.ts';
import { pageData } from '../standalone/page-data.ts';
import { buildStandalonePage } from '../standalone/standalone-page.ts';
import { count } from '../view-helpers.ts';
import { timeCaption } from '../graph/tie-marks.ts';
import { changed, type Store } from '../store.ts';
import type { ExportFormat } from '../types.ts';

type Scope = 'view' | 'path' | 'neighbourhood' | 'selected';
type Format = ExportFormat | 'png' | 'svg' | 'html';
type Drawn = 'png' | 'svg' | 'html';
/** Made here from the drawing rather than by the server. */
const isDrawn = (format: Format): format is Drawn => format === 'png' || format === 'svg' || format === 'html';

/** Every format the API exports must have a label here (the compiler checks), listed in this order. */
const FORMAT_LABELS: Record<Format, string> = {
  graphml: 'GraphML — Gephi, yEd, networkx',
  gexf: 'GEXF — Gephi',
  json: 'JSON — organisations, ties, evidence',
  csv: 'CSV (zip) — spreadsheets, neo4j-admin import',
  cypher: 'Cypher — load into another Neo4j',
  cytoscape: 'Cytoscape.js JSON',
  png: 'PNG picture of the view',
  svg: 'SVG picture of the view',
  html: 'Web page of the view — one file, works offline',
};
const FORMATS = Object.entries(FORMAT_LABELS).map(([value, label]) => ({ value: value as Format, label }));

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Formats that carry node positions, so Gephi, yEd and Cytoscape open the picture as arranged here. */
const LAYOUT_FORMATS: ReadonlySet<Format> = new Set(['gexf', 'graphml', 'cytoscape']);

function positionsOf(picture: GraphSnapshot): Array<{ id: string; x: number; y: number }> {
  return picture.nodes.flatMap(({ node }) => (node.x === undefined || node.y === undefined ? [] : [{ id: node.id, x: node.x, y: node.y }]));
}

export function createExportPanel(element: HTMLElement, store: Store<AppState>, api: Api, snapshot: () => GraphSnapshot): () => void {
  const titleId = uid('export-title');
  element.setAttribute('aria-labelledby', titleId);
  const scopeId = uid('scope');
  const formatId = uid('format');
  const depthId = uid('export-depth');
  const scope = h('select', { attrs: { id: scopeId, name: 'scope' } });
  const format = h('select', { attrs: { id: formatId, name: 'format' } }, FORMATS.map((option) => h('option', { text: option.label, attrs: { value: option.value } })));
  const depth = h('select', { attrs: { id: depthId, name: 'depth' } }, Array.from({ length: MAX_DEPTH }, (_, index) => h('option', { text: `${index + 1} hop${index ? 's' : ''}`, attrs: { value: index + 1 } })));
  const depthField = h('div', { class: 'field field-depth' }, [h('label', { class: 'field-label', text: 'Depth', attrs: { for: depthId } }), depth]);
  const withMeasures = h('input', { attrs: { type: 'checkbox', name: 'measures' } });
  const measuresField = h('label', { class: 'export-measures' }, [withMeasures, ' With network measures (betweenness, PageRank, community…)']);
  const pictureNote = h('p', { class: 'muted small', text: 'Pictures show the current view as drawn, with its highlighting and a legend.' });
  const message = h('p', { class: 'form-message', attrs: { role: 'status' } });
  const button = h('button', { class: 'button button-primary', text: 'Export', attrs: { type: 'submit' } });
  const form = h('form', { class: 'export-form' }, [
    h('div', { class: 'field' }, [h('label', { class: 'field-label', text: 'Format', attrs: { for: formatId } }), format]),
    h('div', { class: 'field' }, [h('label', { class: 'field-label', text: 'What', attrs: { for: scopeId } }), scope]),
    depthField,
    measuresField,
    pictureNote,
    h('div', { class: 'button-row' }, [button]),
    message,
  ]);
  element.replaceChildren(
    h('h2', { class: 'panel-title', text: 'Export', attrs: { id: titleId } }),
    h('p', { class: 'muted small', text: 'Every data format carries the evidence (source and quote) of each tie.' }),
    form,
  );

  function renderScopes(state: AppState) {
    const previous = scope.value as Scope;
    const path = chosenPath(state);
    const selectedName = state.selected ? state.names[state.selected] ?? state.selected : null;
    const options: Array<{ value: Scope; label: string; enabled: boolean }> = [
      { value: 'view', label: `Current view (${count(state.visible.nodes.length, 'organisation', 'organisations')})`, enabled: state.visible.nodes.length > 0 },
      { value: 'path', label: path ? `Highlighted path (${count(path.nodes.length, 'organisation', 'organisations')})` : 'Highlighted path (none)', enabled: Boolean(path) },
      { value: 'neighbourhood', label: selectedName ? `Neighbourhood of ${selectedName}` : 'Neighbourhood of the selection (none)', enabled: Boolean(selectedName) },
      { value: 'selected', label: selectedName ? `${selectedName} and its ties in view` : 'Selected organisation (none)', enabled: Boolean(selectedName) },
    ];
    scope.replaceChildren(...options.map((option) => h('option', { text: option.label, attrs: { value: option.value, disabled: !option.enabled } })));
    const keep = options.find((option) => option.value === previous && option.enabled);
    scope.value = keep ? keep.value : 'view';
    sync();
  }

  function sync() {
    const picture = isDrawn(format.value as Format);
    scope.disabled = picture;
    if (picture) scope.value = 'view';
    depthField.hidden = picture || scope.value !== 'neighbourhood';
    pictureNote.hidden = !picture;
    // The Cypher script recreates the stored network, which holds no measures.
    measuresField.hidden = picture || format.value === 'cypher';
  }
  format.addEventListener('change', sync);
  scope.addEventListener('change', sync);

  function requestFor(state: AppState, chosen: Scope, fileFormat: ExportFormat): ExportRequest {
    switch (chosen) {
      case 'path': {
        const path = chosenPath(state);
        return { format: fileFormat, ids: path?.nodes.map((node) => node.id) ?? [] };
      }
      case 'neighbourhood':
        return {
          format: fileFormat, centre: state.selected!, depth: Number(depth.value), ...(state.asOf ? { asOf: state.asOf } : {}),
          ...(state.hiddenTieTypes.length ? { tieTypes: (state.meta?.tieTypes ?? []).map((t) => t.id).filter((id) => !state.hiddenTieTypes.includes(id)) } : {}),
          ...(state.hiddenKinds.length ? { kinds: (state.meta?.kinds ?? []).map((k) => k.id).filter((id) => !state.hiddenKinds.includes(id)) } : {}),
        };
      case 'selected': {
        const id = state.selected!;
        const ids = new Set([id]);
        for (const link of state.visible.links) {
          if (link.source === id) ids.add(link.target);
          if (link.target === id) ids.add(link.source);
        }
        return { format: fileFormat, ids: [...ids] };
      }
      default:
        return { format: fileFormat, ids: state.visible.nodes.map((node) => node.id) };
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const state = store.get();
    const chosenFormat = format.value as Format;
    const stamp = new Date().toISOString().slice(0, 10);
    button.disabled = true;
    message.classList.remove('error');
    message.textContent = 'Preparing the download…';
    try {
      if (isDrawn(chosenFormat)) {
        const picture = snapshot();
        if (!picture.nodes.length) throw new Error('There is nothing in the view to draw.');
        const path = chosenPath(state);
        const title = path
          ? `Path from ${path.nodes[0]?.name ?? ''} to ${path.nodes.at(-1)?.name ?? ''}`
          : state.centre ? `Neighbourhood of ${state.names[state.centre] ?? state.centre}` : 'Partnership network';
        const subtitle = `${timeCaption(state)}${count(picture.nodes.length, 'organisation', 'organisations')}, ${count(picture.links.length, 'tie', 'ties')} · Partnership Graph Explorer · ${stamp}`;
        if (chosenFormat === 'html') {
          if (!hasEvidence(state.visible)) {
            message.textContent = 'Reading the evidence of the ties…';
            await evidenceRead(store);
          }
          const page = await buildStandalonePage(pageData(snapshot(), title, subtitle));
          saveBlob(new Blob([page], { type: 'text/html' }), `partnership-graph-${stamp}.html`);
          message.textContent = `Saved a web page of ${count(picture.nodes.length, 'organisation', 'organisations')} (${Math.ceil(page.length / 1024)} KB): it opens in any browser, offline.`;
          return;
        }
        const blob = chosenFormat === 'svg'
          ? new Blob([buildSvg(picture, { title, subtitle })], { type: 'image/svg+xml' })
          : await buildPng(picture, { title, subtitle });
        saveBlob(blob, `partnership-graph-${stamp}.${chosenFormat}`);
        message.textContent = `Saved ${chosenFormat === 'svg' ? 'an SVG' : 'a PNG'} picture of ${count(picture.nodes.length, 'organisation', 'organisations')}.`;
      } else {
        const withMeasuresAsked = withMeasures.checked && !measuresField.hidden;
        const request = { ...requestFor(state, scope.value as Scope, chosenFormat), ...(withMeasuresAsked ? { measures: true } : {}) };
        const download = await api.export(LAYOUT_FORMATS.has(chosenFormat) ? { ...request, positions: positionsOf(snapshot()) } : request);
        saveBlob(download.blob, download.fileName);
        message.textContent = `Saved ${download.fileName}.`;
      }
    } catch (error) {
      message.classList.add('error');
      message.textContent = error instanceof ApiError || error instanceof Error ? error.message : 'The export failed.';
    } finally {
      button.disabled = false;
    }
  });

  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'visible', 'selected', 'pathResult', 'pathIndex', 'names')) renderScopes(state);
  });
  renderScopes(store.get());
  return unsubscribe;
}
