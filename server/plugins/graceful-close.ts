// Makes app.close() drain instead of hang: once closing starts, each response still in flight goes out with
// `Connection: close` and idle keep-alive sockets are closed, so the server stops as soon as the last in-flight
// request is answered (Node's server.close() alone waits out every client's keep-alive, up to 72 s).
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';

async function gracefulClose(app: FastifyInstance): Promise<void> {
  let closing = false;
  // preClose runs before Fastify stops listening and waits for open connections.
  app.addHook('preClose', async () => {
    closing = true;
  });
  // Callback hooks, not async ones: they run on every response, and a promise each is wasted while not closing.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('Connection', 'close');
    done(null, payload);
  });
  app.addHook('onResponse', (_request, _reply, done) => {
    if (closing) app.server.closeIdleConnections();
    done();
  });
}

export const gracefulClosePlugin = fp(gracefulClose, { name: 'graceful-close', fastify: '5.x' });
