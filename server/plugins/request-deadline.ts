// A deadline on every API read: if no answer is on its way after QUERY_TIMEOUT_MS plus a margin, the client gets
// 504 instead of waiting on a database that has frozen (a stopped process, a lost network) — the server-side
// transaction timeout only helps while Neo4j is alive to enforce it, and a fresh Bolt handshake has no timeout.
// Sooner than that, a read still unanswered after `probeEveryMs` asks the database probe (app.databaseProbe) whether
// the database answers at all, and again every `probeEveryMs`: a frozen one gets 503 *down* within about a second,
// while a slow read on a live (even busy) database waits on.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { isApiRoute } from './route-of.ts';

export interface RequestDeadlineOptions {
  /** How long a read may take in all before the client gets 504. */
  deadlineMs: number;
  /** How long a read waits before (and between) asking whether the database answers at all. */
  probeEveryMs: number;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * This route's deadline in ms, or false for none. Without it, GET/HEAD and POST /api/export (a read with a
     * body) get the default; other writes have none, since an import may rightly take minutes.
     */
    deadlineMs?: number | false;
  }
}

const MESSAGE = 'The database did not answer in time. Try again shortly, or narrow the request.';
const DOWN = 'The database is not answering (it is down or frozen). Try again shortly.';
const DOWN_RETRY_AFTER_SECONDS = 5;

async function requestDeadline(app: FastifyInstance, options: RequestDeadlineOptions): Promise<void> {
  // A callback hook: it runs on every request and awaits nothing.
  app.addHook('onRequest', (request, reply, done) => {
    // By the matched route, not the URL's text: `/%61pi/meta` is /api/meta too.
    if (!isApiRoute(request)) return done();
    const { config, url } = request.routeOptions;
    const own = config?.deadlineMs;
    const isRead = request.method === 'GET' || request.method === 'HEAD' || url === '/api/export';
    const deadlineMs = own === false ? null : own ?? (isRead ? options.deadlineMs : null);
    if (deadlineMs === null) return done();
    const answered = () => reply.sent || reply.raw.headersSent;
    const timer = setTimeout(() => {
      if (answered()) return;
      request.log.warn({ url: request.url, deadlineMs }, 'request deadline passed; answering 504');
      // The handler may still finish later; Fastify then only logs that the reply was already sent.
      void reply.code(504).send({ statusCode: 504, error: 'Gateway Timeout', message: MESSAGE });
    }, deadlineMs);
    let probeTimer: NodeJS.Timeout | undefined;
    const probe = () => {
      probeTimer = setTimeout(() => {
        void request.server.databaseProbe.alive().then((alive) => {
          if (answered()) return;
          if (alive) return probe();
          request.log.warn({ url: request.url }, 'the database does not answer its handshake; answering 503');
          void reply.code(503).header('Retry-After', String(DOWN_RETRY_AFTER_SECONDS)).send({ statusCode: 503, error: 'Service Unavailable', message: DOWN });
        });
      }, options.probeEveryMs);
    };
    // The health check asks the probe itself and answers in its own shape.
    if (url !== '/api/health') probe();
    reply.raw.once('close', () => {
      clearTimeout(timer);
      clearTimeout(probeTimer);
    });
    done();
  });
}

export const requestDeadlinePlugin = fp(requestDeadline, { name: 'request-deadline', fastify: '5.x' });
