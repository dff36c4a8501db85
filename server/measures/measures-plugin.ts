// Whole-network measures as a named plugin: watches the history's size (every write adds to it, whoever writes:
// the API, an import script, another server) and recomputes in a worker thread once the network has been quiet for
// MEASURES_RECOMPUTE_AFTER_MS, or when POST /api/analysis/recompute asks; the API answers from the stored run.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { runMeasuresInWorker, type RunningMeasures } from './measure-runner.ts';
import { readOldestRun } from './measure-store.ts';
import { createRecomputeSchedule, type RecomputeSchedule } from './recompute-schedule.ts';

declare module 'fastify' {
  interface FastifyInstance {
    networkMeasures: Pick<RecomputeSchedule, 'now' | 'running'>;
  }
}

const BATCH_ROWS = 10_000;

export const measuresPlugin = fp(async (app: FastifyInstance) => {
  const { measures, neo4j, curation } = app.config;
  let worker: RunningMeasures | null = null;
  // The history size last acted on, so a write is noticed once; forgotten after a failed run so it is tried again.
  let seen: number | null = null;
  const schedule = createRecomputeSchedule(measures.recomputeAfterMs, async () => {
    worker = runMeasuresInWorker({ neo4j, options: { ...measures, batchRows: BATCH_ROWS, timeoutMs: curation.importTimeoutMs } });
    try {
      for (const summary of await worker.done) {
        app.log.info({ measures: summary }, `Whole-network measures of network "${summary.network}" (${summary.organisations} organisations) computed in ${summary.durationMs} ms`);
      }
    } catch (error) {
      seen = null;
      app.log.warn(`Whole-network measures were not computed: ${(error as Error).message}`);
    } finally {
      worker = null;
    }
  });
  app.decorate('networkMeasures', { now: schedule.now, running: schedule.running });

  let polling = false;
  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      const { changeCount, changes } = await readOldestRun(app.database, app.queries);
      if ((changeCount === null || changeCount !== changes) && changes !== seen) {
        seen = changes;
        schedule.changed();
      }
    } catch {
      // The database is away; the next poll tries again.
    } finally {
      polling = false;
    }
  };
  let timer: NodeJS.Timeout | null = null;
  if (measures.recomputeAfterMs > 0) {
    app.addHook('onReady', async () => {
      void poll();
      timer = setInterval(() => void poll(), Math.max(200, Math.min(5_000, measures.recomputeAfterMs / 2)));
      timer.unref();
    });
  }
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await worker?.stop();
    await schedule.stop();
  });
}, { name: 'network-measures', dependencies: ['config', 'database', 'queries'], fastify: '5.x' });
