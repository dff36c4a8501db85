// A group of routes as a named, encapsulated plugin that declares the decorations it uses, so registering it before
// them fails at boot with the missing name instead of at the first request.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { typed, type AppInstance } from '../app-instance.ts';

export function routeGroup(name: string, dependencies: string[], register: (app: AppInstance) => void | Promise<void>) {
  return fp(async (fastify: FastifyInstance) => {
    await register(typed(fastify));
  }, { name, dependencies, encapsulate: true, fastify: '5.x' });
}
