import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { CLIENT_CSP, DOCS_CSP, securityHeadersFor, securityHeadersPlugin } from '../../../server/plugins/security-headers.ts';

const directives = (header: unknown) => new Map(String(header).split(';').map((part) => part.trim().split(/\s+/)).map(([key, ...values]) => [key!, values]));

async function appWithHeaders() {
  const app = Fastify({ logger: false });
  await app.register(securityHeadersPlugin);
  // A later hook that refuses, as the rate limit and load shedding do.
  app.addHook('onRequest', async (request, reply) => {
    if (request.url === '/api/busy') await reply.code(503).send({ statusCode: 503, error: 'Service Unavailable', message: 'busy' });
  });
  app.get('/api/meta', () => ({ ok: true }));
  app.get('/api/busy', () => ({ ok: true }));
  app.get('/docs/', () => 'docs');
  return app;
}

describe('security headers', () => {
  it('are the ones helmet sets, worked out once: a strict policy, no framing, no referrer, no sniffing', () => {
    const headers = securityHeadersFor(CLIENT_CSP);
    expect(directives(headers['content-security-policy']).get('script-src')).toEqual(["'self'"]);
    expect(directives(headers['content-security-policy']).get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives(headers['content-security-policy']).has('upgrade-insecure-requests')).toBe(false);
    expect(headers).toMatchObject({ 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer', 'x-content-type-options': 'nosniff', 'cross-origin-opener-policy': 'same-origin' });
  });

  it('go on API answers, refusals by later hooks and unknown paths alike, and relax only styles on /docs', async () => {
    const app = await appWithHeaders();
    for (const url of ['/api/meta', '/api/busy', '/no-such-page']) {
      const response = await app.inject(url);
      expect(response.headers, url).toMatchObject(securityHeadersFor(CLIENT_CSP));
    }
    const docs = await app.inject('/docs/');
    expect(docs.headers).toMatchObject(securityHeadersFor(DOCS_CSP));
    expect(directives(docs.headers['content-security-policy']).get('style-src')).toContain("'unsafe-inline'");
    expect(directives(docs.headers['content-security-policy']).get('script-src')).toEqual(["'self'"]);
    await app.close();
  });
});
