// Which route a request reached, as the router matched it: hooks that guard or bound routes ask this rather than
// read the URL's text, since one route can be spelled many ways (`/%61pi/meta` is /api/meta).
import type { FastifyRequest } from 'fastify';

/** True for requests routed to an /api route (unmatched requests are false: they get 404/405 and touch nothing). */
export const isApiRoute = (request: FastifyRequest): boolean => request.routeOptions.url?.startsWith('/api/') ?? false;
