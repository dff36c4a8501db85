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
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) void reply.header('Connection', 'close');
    return payload;
  });
  app.addHook('onResponse', async () => {
    if (closing) app.server.closeIdleConnections();
  });
}

export const gracefulClosePlugin = fp(gracefulClose, { name: 'graceful-close', fastify: '5.x' });
