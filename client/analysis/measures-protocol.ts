// Messages between the page and the measures worker: the view's shape goes in, its measures (and brokers between
// two groups of it) come back, each answer carrying the id of the request it answers.
import type { BrokerageCounts } from '../../server/analysis/brokerage.ts';
import type { NetworkMeasures, NetworkShape } from '../../server/analysis/network-measures.ts';

export type BrokerGrouping = 'kind' | 'community';

export type ToMeasuresWorker =
  | { type: 'measures'; id: number; network: NetworkShape }
  /** Brokers between two groups of the network last measured. */
  | { type: 'brokers'; id: number; groupBy: BrokerGrouping; from: string; to: string };

export type FromMeasuresWorker =
  | { type: 'measures'; id: number; measures: NetworkMeasures; milliseconds: number }
  | { type: 'brokers'; id: number; brokers: BrokerageCounts[] };
