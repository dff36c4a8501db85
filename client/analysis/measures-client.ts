// The page's side of the measures worker: one request at a time per kind, a newer one superseding the older (whose
// promise then never settles, as nobody waits for a view that is no longer shown). The worker (graphology, ~115 kB)
// is only fetched when something first asks for measures.
import type { BrokerageCounts } from '../../server/analysis/brokerage.ts';
import type { NetworkMeasures, NetworkShape } from '../../server/analysis/network-measures.ts';
import type { BrokerGrouping, FromMeasuresWorker, ToMeasuresWorker } from './measures-protocol.ts';

export interface MeasuresClient {
  measure(network: NetworkShape): Promise<{ measures: NetworkMeasures; milliseconds: number }>;
  brokers(groupBy: BrokerGrouping, from: string, to: string): Promise<BrokerageCounts[]>;
  destroy(): void;
}

export function createMeasuresClient(): MeasuresClient {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<FromMeasuresWorker['type'], { id: number; resolve: (message: FromMeasuresWorker) => void }>();
  function started(): Worker {
    if (worker) return worker;
    worker = new Worker(new URL('./measures-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<FromMeasuresWorker>) => {
      const pending = waiting.get(data.type);
      if (pending?.id !== data.id) return;
      waiting.delete(data.type);
      pending.resolve(data);
    };
    return worker;
  }
  const ask = <T extends FromMeasuresWorker>(message: ToMeasuresWorker) => new Promise<T>((resolve) => {
    waiting.set(message.type, { id: message.id, resolve: resolve as (answer: FromMeasuresWorker) => void });
    started().postMessage(message);
  });
  return {
    async measure(network) {
      const answer = await ask<Extract<FromMeasuresWorker, { type: 'measures' }>>({ type: 'measures', id: (nextId += 1), network });
      return { measures: answer.measures, milliseconds: answer.milliseconds };
    },
    async brokers(groupBy, from, to) {
      return (await ask<Extract<FromMeasuresWorker, { type: 'brokers' }>>({ type: 'brokers', id: (nextId += 1), groupBy, from, to })).brokers;
    },
    destroy() {
      waiting.clear();
      worker?.terminate();
      worker = null;
    },
  };
}

/** Only what the measures read: copying whole organisations (descriptions, evidence) to the worker would cost more. */
export function shapeOf(subgraph: { nodes: ReadonlyArray<{ id: string; kind: string }>; links: ReadonlyArray<{ source: string; target: string }> }): NetworkShape {
  return {
    nodes: subgraph.nodes.map(({ id, kind }) => ({ id, kind })),
    links: subgraph.links.map(({ source, target }) => ({ source, target })),
  };
}
