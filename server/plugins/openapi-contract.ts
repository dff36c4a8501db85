// Keeps /openapi.json true to what the server does, for clients and the fuzzer: documents the errors any API route
// can answer besides its own (400 with input, 429, 431, 500, 503, 504; 413 with a body), and marks parameters and
// body fields with a default as optional. Registered before the routes: it adjusts each schema as a route is declared.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { ErrorSchema } from '../schemas/common.ts';

/** 429 rate limited, 500 a bug, 503 shedding load or database away, 504 query timeout. */
const COMMON_ERRORS = [429, 500, 503, 504] as const;

interface ObjectSchema {
  properties?: Record<string, { default?: unknown }>;
  required?: string[];
}

/**
 * TypeBox lists a property with a default as required (after validation it is always there), but to a caller it
 * is optional: Ajv fills it in. A copy without those names in `required` validates exactly the same.
 */
function defaultsOptional(schema: ObjectSchema | undefined): ObjectSchema | undefined {
  if (!schema?.required || !schema.properties) return schema;
  const properties = schema.properties;
  const required = schema.required.filter((name) => properties[name]?.default === undefined);
  return required.length === schema.required.length ? schema : { ...schema, required };
}

async function openapiContract(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    const schema = route.schema as
      | { hide?: boolean; querystring?: ObjectSchema; params?: unknown; body?: ObjectSchema; response?: Record<string | number, unknown> }
      | undefined;
    if (!schema || schema.hide || !route.url.startsWith('/api/')) return;
    if (schema.querystring) schema.querystring = defaultsOptional(schema.querystring);
    if (schema.body) schema.body = defaultsOptional(schema.body);
    if (!schema.response) return;
    // A route's own schema for a status wins (e.g. /api/health answers 503 with its health body).
    for (const status of COMMON_ERRORS) schema.response[status] ??= ErrorSchema;
    // Any input is validated, and a request that fails validation gets 400.
    if (schema.querystring || schema.params || schema.body) schema.response[400] ??= ErrorSchema;
    // Node refuses a request line and headers over the server's maxHeaderSize before any route sees it.
    if (schema.querystring) schema.response[431] ??= ErrorSchema;
    const methods = [route.method].flat();
    if (methods.some((method) => method !== 'GET' && method !== 'HEAD')) schema.response[413] ??= ErrorSchema;
  });
}

export const openapiContractPlugin = fp(openapiContract, { name: 'openapi-contract', fastify: '5.x' });
