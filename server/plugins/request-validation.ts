// How requests are validated: query strings, path parameters and headers arrive as text and are coerced to their
// schema's types ("depth=2" → 2), but JSON bodies are typed already, so they are checked strictly: `"limit": true`
// is a 400, not a silent 1 (found by the fuzz run). Plugged into Fastify's schemaController in app.ts.
import { AjvCompiler, type ValidatorFactory } from '@fastify/ajv-compiler';

type BuildFromPool = ReturnType<typeof AjvCompiler>;
type CompilerOptions = NonNullable<Parameters<BuildFromPool>[1]>;
/** What the pool really returns (its published type is narrower): a compiler of one route part's schema. */
type Compile = (route: { httpPart?: string; schema: unknown; method: string; url: string }) => unknown;

const buildFromPool = AjvCompiler();

function buildCoercingExceptBodies(externalSchemas: Parameters<BuildFromPool>[0], serverOptions?: CompilerOptions) {
  const options = (serverOptions ?? {}) as CompilerOptions & { customOptions?: object };
  const coercing = buildFromPool(externalSchemas, options) as unknown as Compile;
  const strict = buildFromPool(externalSchemas, { ...options, customOptions: { ...options.customOptions, coerceTypes: false } } as CompilerOptions) as unknown as Compile;
  const compile: Compile = (route) => (route.httpPart === 'body' ? strict(route) : coercing(route));
  return compile as unknown as ReturnType<BuildFromPool>;
}

export const buildValidator: ValidatorFactory = buildCoercingExceptBodies;
