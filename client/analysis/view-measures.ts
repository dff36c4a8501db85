// Keeps the measures of the organisations on screen in the store: whenever the view changes and something shows
// measures (size or colour by one, the Analysis tab, the table), the worker measures it and the answer is kept only
// if it is still the view on screen.
import type { NetworkMeasures, OrganisationMeasures } from '../../server/analysis/network-measures.ts';
import type { AppState } from '../app-state.ts';
import type { NodeStyle } from '../graph/graph-view.ts';
import { changed, type Store } from '../store.ts';
import type { Subgraph } from '../types.ts';
import { colourOf, sizeOf } from './appearance.ts';
import { shapeOf, type MeasuresClient } from './measures-client.ts';

export interface ViewMeasures extends Omit<NetworkMeasures, 'organisations'> {
  /** The `visible` subgraph these measures are of. */
  of: Subgraph;
  organisations: readonly OrganisationMeasures[];
  byId: ReadonlyMap<string, OrganisationMeasures>;
  /** Time the worker took, for the curious and the benchmark. */
  milliseconds: number;
}

/** Whether anything on screen needs the view's measures now. */
export function measuresWanted(state: Pick<AppState, 'sizeBy' | 'colourBy' | 'tab' | 'table'>): boolean {
  return state.sizeBy !== 'ties' || state.colourBy !== 'kind' || state.tab === 'analysis' || state.table;
}

export function createViewMeasures(store: Store<AppState>, client: MeasuresClient): () => void {
  let asked: Subgraph | null = null;
  function refresh(state: AppState) {
    if (!measuresWanted(state) || state.viewMeasures?.of === state.visible || asked === state.visible) return;
    const of = state.visible;
    asked = of;
    void client.measure(shapeOf(of)).then(({ measures, milliseconds }) => {
      if (store.get().visible !== of) return;
      store.update({ viewMeasures: { ...measures, of, byId: new Map(measures.organisations.map((o) => [o.id, o])), milliseconds } });
    });
  }
  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'visible', 'sizeBy', 'colourBy', 'tab', 'table')) refresh(state);
  });
  refresh(store.get());
  return () => {
    unsubscribe();
    client.destroy();
  };
}

/** The measures of the view on screen, or null while they are being computed (or were never asked for). */
export function currentMeasures(state: Pick<AppState, 'viewMeasures' | 'visible'>): ViewMeasures | null {
  return state.viewMeasures?.of === state.visible ? state.viewMeasures : null;
}

/**
 * Size and colour for the drawing. Until the new view is measured the last measures still size and colour whoever
 * they know (newcomers take the defaults), so nothing jumps back and forth while the worker works.
 */
export function nodeStyleOf(state: Pick<AppState, 'viewMeasures' | 'sizeBy' | 'colourBy'>): NodeStyle {
  const byId = state.viewMeasures?.byId ?? null;
  return { radius: sizeOf(state.sizeBy, byId), colour: colourOf(state.colourBy, byId) };
}
