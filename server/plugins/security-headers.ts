// Security headers on every response (@fastify/helmet): a strict Content-Security-Policy for the explorer — only
// our own scripts, no inline script or style — and a relaxed one on /docs only, which Swagger UI needs.
import fp from 'fastify-plugin';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

type Directives = Record<string, string[]>;

/** The explorer's policy. `data:`/`blob:` images: the PNG export draws the canvas into an image and downloads it. */
export const CLIENT_CSP: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // The force layout runs in a Web Worker loaded from our own origin.
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Swagger UI sets inline styles and shows data: images; still no inline or foreign script. */
export const DOCS_CSP: Directives = {
  ...CLIENT_CSP,
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
};

async function securityHeaders(app: FastifyInstance): Promise<void> {
  // Before helmet reads it at request time: the /docs routes (registered later) carry their own policy.
  app.addHook('onRoute', (route) => {
    if (route.url === '/docs' || route.url.startsWith('/docs/')) {
      route.config = { ...route.config, helmet: { contentSecurityPolicy: { useDefaults: false, directives: DOCS_CSP } } } as typeof route.config;
    }
  });
  await app.register(fastifyHelmet, {
    global: true,
    // No helmet defaults merged in: `upgrade-insecure-requests` would break the plain-HTTP loopback set-up.
    contentSecurityPolicy: { useDefaults: false, directives: CLIENT_CSP },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

export const securityHeadersPlugin = fp(securityHeaders, { name: 'security-headers', fastify: '5.x' });
