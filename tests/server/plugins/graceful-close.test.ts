import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { gracefulClosePlugin } from '../../../server/plugins/graceful-close.ts';

describe('graceful close', () => {
  it('answers an in-flight request with Connection: close, and stops as soon as it is answered', async () => {
    const app = Fastify({ logger: false });
    await app.register(gracefulClosePlugin);
    let finish = () => {};
    const started = new Promise<void>((resolve) => {
      app.get('/slow', () => new Promise((answer) => {
        finish = () => answer({ done: true });
        resolve();
      }));
    });
    app.get('/quick', () => ({ quick: true }));
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    // Before closing: keep-alive as usual.
    expect((await fetch(`${address}/quick`)).headers.get('connection')).toBe('keep-alive');
    const inFlight = fetch(`${address}/slow`);
    await started;
    let closed = false;
    const closing = app.close().then(() => { closed = true; });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false);
    finish();
    const response = await inFlight;
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({ done: true });
    const answeredAt = Date.now();
    await closing;
    expect(Date.now() - answeredAt).toBeLessThan(1_000);
  });
});
