// The Analysis tab: what sets size and colour (with their legends), the top organisations of the view for a chosen
// measure, the brokers between two kinds of organisation (Gould–Fernandez roles), and the common partners of the
// selected organisation and another, with the evidence of each tie. Measures come from the worker (view-measures).
import type { BrokerageCounts, BrokerageRole } from '../../server/analysis/brokerage.ts';
import type { OrganisationMeasures } from '../../server/analysis/network-measures.ts';
import type { Api } from '../api.ts';
import { describeFailure, isAbort, ApiError } from '../api.ts';
import { COLOUR_BY, COLOUR_LABELS, SIZE_BY, SIZE_LABELS, groupLegend, sizeNote, type ColourBy, type SizeBy } from '../analysis/appearance.ts';
import type { MeasuresClient } from '../analysis/measures-client.ts';
import { currentMeasures, type ViewMeasures } from '../analysis/view-measures.ts';
import type { AppState } from '../app-state.ts';
import { h, swatch, uid } from '../dom.ts';
import { stylesFor } from '../graph/graph-styles.ts';
import { changed, type Store } from '../store.ts';
import { createCombobox } from './combobox.ts';
import { evidenceList, passageOpener } from '../view-helpers.ts';
import './analysis-panel.css';

const TOP = 10;
type RankedMeasure = Exclude<keyof OrganisationMeasures, 'id' | 'community' | 'component' | 'constraint'>;
const RANKED: Record<RankedMeasure, string> = {
  betweenness: 'Betweenness (brokers)', pagerank: 'PageRank', closeness: 'Closeness (harmonic)', partners: 'Partners', ties: 'Ties', effectiveSize: 'Effective size',
};
const ROLES: readonly BrokerageRole[] = ['liaison', 'representative', 'gatekeeper', 'coordinator', 'itinerant'];

const formatted = (value: number | null) => (value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(3));

function labelled(label: string, control: HTMLSelectElement): HTMLElement {
  control.id = uid('analysis');
  return h('div', { class: 'field' }, [h('label', { text: label, attrs: { for: control.id } }), control]);
}

function choice<T extends string>(options: readonly T[], words: Record<T, string>, onChange: (value: T) => void): HTMLSelectElement {
  const select = h('select', { on: { change: () => onChange(select.value as T) } }, options.map((value) => h('option', { text: words[value], attrs: { value } })));
  return select;
}

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

  // ----- brokers between two kinds -----
  const brokerFrom = h('select', { on: { change: () => askBrokers() } });
  const brokerTo = h('select', { on: { change: () => askBrokers() } });
  const brokers = h('div', { class: 'analysis-brokers', attrs: { 'aria-live': 'polite' } });
  let brokersOf: { measures: ViewMeasures; from: string; to: string } | null = null;

  // ----- common partners -----
  const partnersIntro = h('p', { class: 'muted small' });
  const partners = h('div', { class: 'analysis-partners', attrs: { 'aria-live': 'polite' } });
  let partnersRequest: AbortController | null = null;
  const other = createCombobox({
    label: 'and', placeholder: 'Another organisation', name: 'common-partner',
    search: (query, signal) => api.search(query, signal),
    kind: (kind) => stylesFor(store.get().meta).kind(kind),
    onChoose: (result) => void askPartners(result.id, result.name),
  });

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
    h('section', { class: 'analysis-section' }, [
      h('h3', { text: 'Brokers between two kinds' }),
      h('p', { class: 'muted small', text: 'Who sits on the open two-step routes from one kind to the other, and in which role (Gould–Fernandez).' }),
      h('div', { class: 'analysis-fields' }, [labelled('From', brokerFrom), labelled('To', brokerTo)]),
      brokers,
    ]),
    h('section', { class: 'analysis-section' }, [
      h('h3', { text: 'Common partners' }),
      partnersIntro,
      other.element,
      partners,
    ]),
  );

  const nameOf = (state: AppState, id: string) => state.names[id] ?? state.visible.nodes.find((node) => node.id === id)?.name ?? id;
  const organisationButton = (state: AppState, id: string) =>
    h('button', { class: 'link-button', text: nameOf(state, id), attrs: { type: 'button' }, on: { click: () => store.update({ selected: id }) } });

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
      organisationButton(state, o.id),
      h('span', { class: 'analysis-value', text: formatted(o[ranked]) }),
    ])));
  }

  function renderKindChoices(state: AppState) {
    const styles = stylesFor(state.meta);
    const kinds = [...new Set(state.visible.nodes.map((node) => node.kind))].sort();
    const fill = (select: HTMLSelectElement, preferred: string[]) => {
      const keep = kinds.includes(select.value) ? select.value : preferred.find((kind) => kinds.includes(kind)) ?? kinds[0] ?? '';
      select.replaceChildren(...kinds.map((kind) => h('option', { text: styles.kind(kind).label, attrs: { value: kind } })));
      select.value = keep;
    };
    fill(brokerFrom, ['university']);
    fill(brokerTo, ['nhs-trust', ...kinds.filter((kind) => kind !== brokerFrom.value)]);
  }

  function renderBrokers(state: AppState, list: BrokerageCounts[]) {
    if (!list.length) {
      brokers.replaceChildren(h('p', { class: 'muted small', text: 'No organisation in view brokers between these two kinds.' }));
      return;
    }
    brokers.replaceChildren(h('table', { class: 'data-table analysis-table' }, [
      h('caption', { class: 'visually-hidden', text: 'Brokers and their roles' }),
      h('thead', {}, [h('tr', {}, [h('th', { text: 'Organisation', attrs: { scope: 'col' } }), h('th', { text: 'Routes', attrs: { scope: 'col', class: 'numeric' } }), h('th', { text: 'Roles', attrs: { scope: 'col' } })])]),
      h('tbody', {}, list.slice(0, TOP).map((broker) => h('tr', { attrs: { 'data-id': broker.id } }, [
        h('td', {}, [organisationButton(state, broker.id)]),
        h('td', { class: 'numeric', text: String(broker.total) }),
        h('td', { text: ROLES.filter((role) => broker[role] > 0).map((role) => `${role} ${broker[role]}`).join(', ') }),
      ]))),
    ]));
  }

  function askBrokers() {
    const state = store.get();
    const current = currentMeasures(state);
    const [from, to] = [brokerFrom.value, brokerTo.value];
    if (!current || !from || !to) return;
    if (from === to) {
      brokers.replaceChildren(h('p', { class: 'muted small', text: 'Choose two different kinds.' }));
      return;
    }
    if (brokersOf?.measures === current && brokersOf.from === from && brokersOf.to === to) return;
    brokersOf = { measures: current, from, to };
    const asked = brokersOf;
    brokers.replaceChildren(h('p', { class: 'muted small', text: 'Finding brokers…' }));
    void measures.brokers('kind', from, to).then((list) => {
      if (brokersOf === asked) renderBrokers(store.get(), list);
    });
  }

  function renderPartnersIntro(state: AppState) {
    partnersIntro.textContent = state.selected
      ? `Organisations tied to both ${nameOf(state, state.selected)} and:`
      : 'Select an organisation in the network, then choose another here.';
    other.input.disabled = !state.selected;
  }

  async function askPartners(otherId: string, otherName: string) {
    const selected = store.get().selected;
    if (!selected) return;
    partnersRequest?.abort();
    const request = (partnersRequest = new AbortController());
    partners.replaceChildren(h('p', { class: 'muted small', text: 'Finding common partners…' }));
    try {
      const list = await api.commonPartners([selected, otherId], request.signal);
      if (request !== partnersRequest) return;
      const state = store.get();
      const [first, second] = [nameOf(state, selected), otherName];
      partners.replaceChildren(list.length
        ? h('ul', { class: 'analysis-partner-list', attrs: { 'aria-label': `Common partners of ${first} and ${second}` } }, list.map((partner) =>
          h('li', { attrs: { 'data-id': partner.id } }, [
            h('button', { class: 'link-button', text: partner.name, attrs: { type: 'button' }, on: { click: () => store.update({ selected: partner.id }) } }),
            ...partner.ties.map((ties, index) => h('details', { class: 'analysis-evidence' }, [
              h('summary', { text: `With ${index === 0 ? first : second}: ${ties.map((tie) => stylesFor(state.meta).tie(tie.type).label).join(', ')}` }),
              evidenceList(ties.flatMap((tie) => tie.evidence), passageOpener(store)),
            ])),
          ])))
        : h('p', { class: 'muted small', text: `${first} and ${second} have no partner in common.` }));
    } catch (error) {
      if (isAbort(error) || request !== partnersRequest) return;
      partners.replaceChildren(h('p', { class: 'error', text: error instanceof ApiError ? error.message : describeFailure(0, undefined) }));
    }
  }

  function render(state: AppState, previous: AppState | null) {
    if (!previous || changed(state, previous, 'visible', 'viewMeasures', 'sizeBy', 'colourBy', 'meta')) {
      renderAppearance(state);
      renderSummary(state, currentMeasures(state));
      renderTop(state);
    }
    if (!previous || changed(state, previous, 'visible', 'meta')) renderKindChoices(state);
    if (!previous || changed(state, previous, 'viewMeasures', 'visible')) askBrokers();
    if (!previous || changed(state, previous, 'selected', 'names')) renderPartnersIntro(state);
    if (previous && changed(state, previous, 'selected')) {
      partnersRequest?.abort();
      partners.replaceChildren();
      other.setValue('');
    }
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.tab === 'analysis' || previous.tab === 'analysis') render(state, state.tab === previous.tab ? previous : null);
  });
  render(store.get(), null);
  return () => {
    unsubscribe();
    partnersRequest?.abort();
    other.destroy();
  };
}
