// WHOLE-NETWORK MEASURES BENCHMARK (pure computing, no database): times every measure on a synthetic network as the
// background run computes it (betweenness and closeness estimated from `--sample` searches above MEASURES_EXACT_UP_TO)
// and, with --exact, how close the estimate is to the exact figures: Spearman's rank correlation over every
// organisation, and the exact top 20's overlap with the estimated top 20 and their largest absolute error.
// `npx tsx bench/whole-network-measures-bench.ts --scale england --sample 500 --exact`
import { parseArgs } from 'node:util';
import { computeNetworkMeasures, type OrganisationMeasures } from '../server/analysis/network-measures.ts';
import { generateNetwork, type Scale } from '../seed/synthetic/generate-network.ts';

export interface SampleAccuracy {
  spearman: number;
  top20Overlap: number;
  top20MaxAbsError: number;
  top20MaxRelativeError: number;
}

/** Ranks 1…n with ties sharing their mean rank (as Spearman's coefficient needs). */
function ranks(values: readonly number[]): Float64Array {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const rank = new Float64Array(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end += 1;
    for (let i = start; i <= end; i += 1) rank[order[i]!.index] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return rank;
}

function pearson(a: Float64Array, b: Float64Array): number {
  const mean = (x: Float64Array) => x.reduce((sum, v) => sum + v, 0) / x.length;
  const [ma, mb] = [mean(a), mean(b)];
  let [ab, aa, bb] = [0, 0, 0];
  for (let i = 0; i < a.length; i += 1) {
    ab += (a[i]! - ma) * (b[i]! - mb);
    aa += (a[i]! - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}

export function sampleAccuracy(exact: readonly OrganisationMeasures[], estimate: readonly OrganisationMeasures[], key: 'betweenness' | 'closeness'): SampleAccuracy {
  const estimated = new Map(estimate.map((o) => [o.id, o[key]]));
  const spearman = pearson(ranks(exact.map((o) => o[key])), ranks(exact.map((o) => estimated.get(o.id)!)));
  const top = (list: readonly OrganisationMeasures[]) => [...list].sort((a, b) => b[key] - a[key]).slice(0, 20);
  const exactTop = top(exact);
  const estimatedTop = new Set(top(estimate).map((o) => o.id));
  const errors = exactTop.map((o) => Math.abs(o[key] - estimated.get(o.id)!));
  return {
    spearman,
    top20Overlap: exactTop.filter((o) => estimatedTop.has(o.id)).length,
    top20MaxAbsError: Math.max(...errors),
    top20MaxRelativeError: Math.max(...exactTop.map((o, i) => errors[i]! / o[key])),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: 'national' }, sample: { type: 'string', default: '500' }, exact: { type: 'boolean', default: false } } });
  const network = generateNetwork(values.scale as Scale);
  const shape = { nodes: network.organisations.map(({ id, kind }) => ({ id, kind })), links: network.ties.map(({ source, target }) => ({ source, target })) };
  const time = <T>(work: () => T): [T, number] => {
    const started = performance.now();
    return [work(), Math.round(performance.now() - started)];
  };
  const sampleSize = Number(values.sample);
  const [estimate, estimateMs] = time(() => computeNetworkMeasures(shape, { sampleSize }));
  const figures: Record<string, unknown> = {
    scale: values.scale, organisations: shape.nodes.length, ties: shape.links.length, sampleSize, estimateMs,
    communities: estimate.communityCount, modularity: estimate.modularity, components: estimate.componentCount,
  };
  console.log(JSON.stringify(figures));
  if (values.exact) {
    const [exact, exactMs] = time(() => computeNetworkMeasures(shape));
    Object.assign(figures, { exactMs, betweenness: sampleAccuracy(exact.organisations, estimate.organisations, 'betweenness'), closeness: sampleAccuracy(exact.organisations, estimate.organisations, 'closeness') });
  }
  console.log(JSON.stringify(figures, null, 2));
}
