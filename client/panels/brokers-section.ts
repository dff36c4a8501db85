// The Analysis tab's brokers between two kinds of organisation in view, with their Gould–Fernandez roles.
import type { BrokerageCounts, BrokerageRole } from '../../server/analysis/brokerage.ts';
import type { MeasuresClient } from '../analysis/measures-client.ts';
import { currentMeasures, type ViewMeasures } from '../analysis/view-measures.ts';
import type { AppState } from '../app-state.ts';
import { h } from '../dom.ts';
import { stylesFor } from '../graph/graph-styles.ts';
import type { Store } from '../store.ts';
import { labelled, organisationButton, TOP } from './analysis-controls.ts';

const ROLES: readonly BrokerageRole[] = ['liaison', 'representative', 'gatekeeper', 'coordinator', 'itinerant'];

export interface BrokersSection {
  element: HTMLElement;
  /** Offers the kinds in view, keeping the chosen ones where they still are. */
  renderKindChoices(state: AppState): void;
  /** Asks the worker for the brokers unless the view's measures and the kinds are as last asked. */
  askBrokers(): void;
}

export function createBrokersSection(store: Store<AppState>, measures: MeasuresClient): BrokersSection {
  const brokerFrom = h('select', { on: { change: () => askBrokers() } });
  const brokerTo = h('select', { on: { change: () => askBrokers() } });
  const brokers = h('div', { class: 'analysis-brokers', attrs: { 'aria-live': 'polite' } });
  let brokersOf: { measures: ViewMeasures; from: string; to: string } | null = null;

  const element = h('section', { class: 'analysis-section' }, [
    h('h3', { text: 'Brokers between two kinds' }),
    h('p', { class: 'muted small', text: 'Who sits on the open two-step routes from one kind to the other, and in which role (Gould–Fernandez).' }),
    h('div', { class: 'analysis-fields' }, [labelled('From', brokerFrom), labelled('To', brokerTo)]),
    brokers,
  ]);

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
        h('td', {}, [organisationButton(store, state, broker.id)]),
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

  return { element, renderKindChoices, askBrokers };
}
