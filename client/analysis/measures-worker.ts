// Web Worker computing the view's network measures with the server's own pure code (graphology), so a large view
// never freezes the page; it keeps the last network so brokers between two groups need not send it again.
import { brokerage } from '../../server/analysis/brokerage.ts';
import { computeNetworkMeasures, type NetworkMeasures, type NetworkShape } from '../../server/analysis/network-measures.ts';
import { numberCommunitiesBySize } from './appearance.ts';
import type { FromMeasuresWorker, ToMeasuresWorker } from './measures-protocol.ts';

const scope = self as unknown as { postMessage(message: FromMeasuresWorker): void; onmessage: ((event: MessageEvent<ToMeasuresWorker>) => void) | null };

let network: NetworkShape = { nodes: [], links: [] };
let measured: NetworkMeasures = { organisations: [], modularity: 0, communityCount: 0, componentCount: 0 };

scope.onmessage = ({ data: message }) => {
  if (message.type === 'measures') {
    const started = performance.now();
    network = message.network;
    const measures = computeNetworkMeasures(network);
    measured = { ...measures, organisations: numberCommunitiesBySize(measures.organisations) };
    scope.postMessage({ type: 'measures', id: message.id, measures: measured, milliseconds: performance.now() - started });
    return;
  }
  const kinds = new Map(network.nodes.map((node) => [node.id, node.kind]));
  const communities = new Map(measured.organisations.map((o) => [o.id, String(o.community + 1)]));
  const groupOf = (id: string) => (message.groupBy === 'kind' ? kinds : communities).get(id) ?? '';
  const brokers = brokerage(network, groupOf, [message.from, message.to])
    .filter((counts) => counts.total > 0)
    .sort((a, b) => b.total - a.total || a.id.localeCompare(b.id));
  scope.postMessage({ type: 'brokers', id: message.id, brokers });
};
