// The Analysis tab: what sets size and colour (with their legends), the top organisations of the view for a chosen
// measure, the brokers between two kinds of organisation (Gould–Fernandez roles), and the common partners of the
// selected organisation and another, with the evidence of each tie. Measures come from the worker (view-measures).
import type { OrganisationMeasures } from '../../server/analysis/network-measures.ts';
import type { Api } from '../api.ts';
import { COLOUR_BY, COLOUR_LABELS, SIZE_BY, SIZE_LABELS, groupLegend, sizeNote, type ColourBy, type SizeBy } from '../analysis/appearance.ts';
import type { MeasuresClient } from '../analysis/measures-client.ts';
import { currentMeasures, type ViewMeasures } from '../analysis/view-measures.ts';
import type { AppState } from '../app-state.ts';
import { h, swatch, uid } from '../dom.ts';
import { stylesFor } from '../graph/graph-styles.ts';
import { changed, type Store } from '../store.ts';
import { choice, labelled, organisationButton, TOP } from './analysis-controls.ts';
import { createBrokersSection } from './brokers-section.ts';
import { createCommonPartnersSection } from './common-partners-section.ts';
import './analysis-panel.css';

type RankedMeasure = Exclude<keyof OrganisationMeasures, 'id' | 'community' | 'component' | 'constraint'>;
const RANKED: Record<RankedMeasure, string> = {
  betweenness: 'Betweenness (brokers)', pagerank: 'PageRank', closeness: 'Closeness (harmonic)', partners: 'Partners', ties: 'Ties', effectiveSize: 'Effective size',
};

const formatted = (value: number | null) => (value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(3));

export function createAnalysisPanel(element: HTMLElement, store: Store<AppState>, api: Api, measures: MeasuresClient): () => void {
  const titleId = uid('analysis-title');
  element.setAttribute('aria-labelledby', titleId);

  // ----- size and colour -----
  const sizeBy = choice(SIZE_BY, SIZE_LABELS, (value: SizeBy) => store.update({ sizeBy: value }));
  const colourBy = choice(COLOUR_BY, COLOUR_LABELS, (value: ColourBy) => store.update({ colourBy: value }));
  const legend = h('div', { class: 'analysis-legend', attrs: { 'aria-live': 'polite' } });
  const summary = h('p', { class: 'muted small', attrs: { 'aria-live': 'polite' } });

  // ----- top organisations -----
  let ranked: RankedMeasure = 'betweenness';
  const rankBy = choice(Object.keys(RANKED) as RankedMeasure[], RANKED, (value) => { ranked = value; renderTop(store.get()); });
  const top = h('ol', { class: 'analysis-top', attrs: { 'aria-label': 'Top organisations' } });

  const brokers = createBrokersSection(store, measures);
  const partners = createCommonPartnersSection(store, api);

  element.replaceChildren(
    h('h2', { class: 'panel-title', text: 'Analysis', attrs: { id: titleId } }),
    summary,
    h('fieldset', { class: 'analysis-group' }, [
      h('legend', { text: 'Drawing' }),
      h('div', { class: 'analysis-fields' }, [labelled('Size by', sizeBy), labelled('Colour by', colourBy)]),
      legend,
    ]),
    h('section', { class: 'analysis-section' }, [
      h('h3', { text: 'Top organisations in view' }),
      labelled('Measure', rankBy),
      top,
    ]),
    brokers.element,
    partners.element,
  );

  function renderAppearance(state: AppState) {
    sizeBy.value = state.sizeBy;
    colourBy.value = state.colourBy;
    const styles = stylesFor(state.meta);
    const measured = state.viewMeasures;
    const entries = state.colourBy === 'kind'
      ? [...new Set(state.visible.nodes.map((node) => node.kind))].map((kind) => ({ colour: styles.kind(kind).colour, label: styles.kind(kind).label })).sort((a, b) => a.label.localeCompare(b.label))
      : measured ? groupLegend(state.colourBy, measured.organisations) : [];
    legend.replaceChildren(
      h('ul', { class: 'legend-list', attrs: { 'aria-label': `Colours: ${COLOUR_LABELS[state.colourBy].toLowerCase()}` } },
        entries.map((entry) => h('li', {}, [swatch(entry.colour, 'swatch swatch-dot'), entry.label]))),
      h('p', { class: 'legend-note', text: sizeNote(state.sizeBy) }),
    );
  }

  function renderSummary(state: AppState, current: ViewMeasures | null) {
    if (!state.visible.nodes.length) summary.textContent = 'Nothing in view to measure.';
    else if (!current) summary.textContent = `Measuring ${state.visible.nodes.length} organisations…`;
    else {
      summary.textContent = `${current.organisations.length} organisations in view: ${current.communityCount} communities `
        + `(modularity ${current.modularity.toFixed(2)}), ${current.componentCount} ${current.componentCount === 1 ? 'component' : 'components'}.`;
    }
  }

  function renderTop(state: AppState) {
    rankBy.value = ranked;
    const current = currentMeasures(state);
    if (!current) {
      top.replaceChildren();
      return;
    }
    const best = [...current.organisations]
      .sort((a, b) => (b[ranked] ?? -Infinity) - (a[ranked] ?? -Infinity) || a.id.localeCompare(b.id))
      .slice(0, TOP);
    top.replaceChildren(...best.map((o) => h('li', { attrs: { 'data-id': o.id } }, [
      organisationButton(store, state, o.id),
      h('span', { class: 'analysis-value', text: formatted(o[ranked]) }),
    ])));
  }

  function render(state: AppState, previous: AppState | null) {
    if (!previous || changed(state, previous, 'visible', 'viewMeasures', 'sizeBy', 'colourBy', 'meta')) {
      renderAppearance(state);
      renderSummary(state, currentMeasures(state));
      renderTop(state);
    }
    if (!previous || changed(state, previous, 'visible', 'meta')) brokers.renderKindChoices(state);
    if (!previous || changed(state, previous, 'viewMeasures', 'visible')) brokers.askBrokers();
    if (!previous || changed(state, previous, 'selected', 'names')) partners.renderIntro(state);
    if (previous && changed(state, previous, 'selected')) partners.reset();
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.tab === 'analysis' || previous.tab === 'analysis') render(state, state.tab === previous.tab ? previous : null);
  });
  render(store.get(), null);
  return () => {
    unsubscribe();
    partners.destroy();
  };
}
