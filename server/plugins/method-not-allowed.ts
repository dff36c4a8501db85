// 405 Method Not Allowed, with an Allow header, when the path exists but not for that method (TRACE /api/meta,
// DELETE /api/graph): more truthful than 404, and what HTTP clients and the fuzzer expect.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors.ts';

interface KnownPath {
  pattern: RegExp;
  methods: Set<string>;
}

/** `/api/organisations/:id` → a regular expression over one concrete path. */
function toPattern(url: string): RegExp {
  const escaped = url
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${escaped}/?$`);
}

async function methodNotAllowed(app: FastifyInstance): Promise<void> {
  const known = new Map<string, KnownPath>();
  app.addHook('onRoute', (route) => {
    const entry = known.get(route.url) ?? { pattern: toPattern(route.url), methods: new Set<string>() };
    for (const method of [route.method].flat()) entry.methods.add(method);
    known.set(route.url, entry);
  });
  // Runs for requests no route matched, before their body is read; the not-found handler answers the rest.
  // A callback hook: every request passes it, and only unmatched ones have anything to do here.
  app.addHook('onRequest', (request, reply, done) => {
    if (!request.is404) return done();
    const path = request.url.split('?')[0] ?? '/';
    const allowed = new Set<string>();
    for (const { pattern, methods } of known.values()) {
      if (pattern.test(path)) for (const method of methods) allowed.add(method);
    }
    if (allowed.size === 0 || allowed.has(request.method)) return done();
    const allow = [...allowed].sort().join(', ');
    void reply.header('Allow', allow);
    done(new HttpError(405, `${request.method} is not allowed on ${path}; allowed: ${allow}`));
  });
}

export const methodNotAllowedPlugin = fp(methodNotAllowed, { name: 'method-not-allowed', fastify: '5.x' });
