import Fastify from 'fastify';
import fp from 'fastify-plugin';
import { describe, expect, it } from 'vitest';
import { metaRoutes } from '../../../server/routes/meta-routes.ts';
import { routeGroup } from '../../../server/routes/route-group.ts';

describe('route groups as plugins', () => {
  it('refuse to boot before the plugins they declare', async () => {
    const app = Fastify({ logger: false });
    await expect(app.register(metaRoutes).ready()).rejects.toThrow(/graph-repository/);
  });

  it('see the decorations of the plugins they depend on, and keep their own hooks to themselves', async () => {
    const app = Fastify({ logger: false });
    await app.register(fp(async (instance) => { instance.decorate('greeting', 'hello'); }, { name: 'greeting' }));
    const seen: string[] = [];
    await app.register(routeGroup('greeting-routes', ['greeting'], (group) => {
      group.addHook('onRequest', async (request) => { seen.push(request.url); });
      group.get('/greeting', () => ({ text: (group as unknown as { greeting: string }).greeting }));
    }));
    app.get('/other', () => ({}));
    expect((await app.inject('/greeting')).json()).toEqual({ text: 'hello' });
    await app.inject('/other');
    expect(seen).toEqual(['/greeting']);
  });
});
