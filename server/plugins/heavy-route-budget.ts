// A concurrency budget for the routes that can each hold the database and a CPU for seconds (exports, paths,
// subgraphs, analysis): HEAVY_CONCURRENCY run at once, up to HEAVY_QUEUE wait their turn (for at most
// HEAVY_QUEUE_WAIT_MS), and the rest get an immediate 503 + Retry-After saying the server is busy. Without it, 20
// concurrent whole-network exports all ran together, all slowed past the deadline and all failed.
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../errors.ts';

export interface HeavyRouteBudgetOptions {
  concurrency: number;
  queue: number;
  queueWaitMs: number;
}

const HEAVY_ROUTES = /^\/api\/(export|paths|graph|analysis\/)/;
const RETRY_AFTER_SECONDS = 5;

function busy(reply: FastifyReply, why: string): HttpError {
  void reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
  return new HttpError(503, `The server is busy with other large requests (${why}). Try again in ${RETRY_AFTER_SECONDS} seconds.`);
}

async function heavyRouteBudget(app: FastifyInstance, options: HeavyRouteBudgetOptions): Promise<void> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  // A callback hook: a request with a free slot, the usual case, goes on at once without a promise.
  app.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    if (!HEAVY_ROUTES.test(request.routeOptions.url ?? '')) return done();
    // Whatever ends the request (answer, error, deadline, lost client) gives the slot back, once.
    const start = () => {
      reply.raw.once('close', release);
      done();
    };
    if (running < options.concurrency) {
      running++;
      return start();
    }
    if (waiting.length >= options.queue) return done(busy(reply, 'the queue is full'));
    // The slot is handed over by release(), so `running` stays as it is while a waiter takes it.
    const turn = () => {
      clearTimeout(timer);
      reply.raw.off('close', gone);
      start();
    };
    const leave = (why: string) => {
      clearTimeout(timer);
      reply.raw.off('close', gone);
      waiting.splice(waiting.indexOf(turn), 1);
      done(busy(reply, why));
    };
    // A client that gives up (or a deadline that answers) while the request is queued takes it off the queue.
    const gone = () => leave('the request ended while queued');
    const timer = setTimeout(() => leave('waited too long for a turn'), options.queueWaitMs);
    reply.raw.once('close', gone);
    waiting.push(turn);
  });
}

export const heavyRouteBudgetPlugin = fp(heavyRouteBudget, { name: 'heavy-route-budget', fastify: '5.x' });
