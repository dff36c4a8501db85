// Small numeric helpers for the benchmarks: percentiles of raw samples, medians, and number formatting for REPORT.md.

/** The q-quantile (0–1) of samples by the nearest-rank method; NaN when there are none. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5);

export interface LatencySummary {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
}

export function summariseLatencies(latenciesMs: readonly number[], seconds: number, failures: number): LatencySummary {
  return {
    requests: latenciesMs.length,
    perSecond: seconds > 0 ? latenciesMs.length / seconds : 0,
    p50: percentile(latenciesMs, 0.5),
    p95: percentile(latenciesMs, 0.95),
    p99: percentile(latenciesMs, 0.99),
    failures,
  };
}

export const ms = (value: number) => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)) : '–');
/** A duration in ms that may be far below one: microseconds under 1 ms ("3.2 µs", "640 µs"), else as ms() with its unit. */
export const duration = (value: number) => (!Number.isFinite(value) ? '–' : value >= 1 ? `${ms(value)} ms` : value * 1000 >= 10 ? `${(value * 1000).toFixed(0)} µs` : `${(value * 1000).toFixed(1)} µs`);
export const count = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : '–');
export const ratio = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '–');
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** A markdown table from a header row and body rows. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/** A deterministic sample of `n` items (seeded xorshift; the same seed and list give the same sample). */
export function seededSample<T>(items: readonly T[], n: number, seed: number): T[] {
  let state = (seed >>> 0) || 1;
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  return Array.from({ length: Math.min(n, items.length) === 0 ? 0 : n }, () => items[Math.floor(next() * items.length)]!);
}
