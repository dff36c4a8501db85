// Security headers on every response (helmet): a strict Content-Security-Policy for the explorer — only our own
// scripts, no inline script or style — and a relaxed one on /docs only, which Swagger UI needs. The headers are
// worked out once at boot: @fastify/helmet built a new helmet middleware (parsing every directive) per request,
// which was a quarter of the API's own time on a sub-millisecond route.
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';

type Directives = Record<string, string[]>;
type Headers = Record<string, string>;

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

/** Helmet's defaults, except: no defaults merged into the policy (`upgrade-insecure-requests` would break the plain-HTTP loopback set-up). */
const helmetOptions = (directives: Directives): HelmetOptions => ({
  contentSecurityPolicy: { useDefaults: false, directives },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
});

/** The headers helmet sets for these options (its middleware only ever sets the same fixed values, none per request). */
export function securityHeadersFor(directives: Directives): Headers {
  const headers: Headers = {};
  const response = {
    setHeader: (name: string, value: string) => { headers[name.toLowerCase()] = value; },
    removeHeader: () => {},
  };
  helmet(helmetOptions(directives))({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The security headers of this route's responses (set at boot: /docs has its own policy). */
    securityHeaders?: Headers;
  }
}

async function securityHeaders(app: FastifyInstance): Promise<void> {
  const client = securityHeadersFor(CLIENT_CSP);
  const docs = securityHeadersFor(DOCS_CSP);
  app.addHook('onRoute', (route) => {
    if (route.url === '/docs' || route.url.startsWith('/docs/')) route.config = { ...route.config, securityHeaders: docs };
  });
  // Registered before rate limits and load shedding, so their 429s and 503s carry the headers too (and 404s do).
  app.addHook('onRequest', (request, reply, done) => {
    void reply.headers(request.routeOptions.config?.securityHeaders ?? client);
    done();
  });
}

export const securityHeadersPlugin = fp(securityHeaders, { name: 'security-headers', fastify: '5.x' });
