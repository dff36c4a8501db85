// The app's type as plugins and route modules see it (TypeBox types their schemas), apart from app.ts so that no
// module imports the app that registers it.
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';

export type AppInstance = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/** The instance a plugin is given, typed for TypeBox schemas. */
export const typed = (fastify: FastifyInstance): AppInstance => fastify.withTypeProvider<TypeBoxTypeProvider>() as AppInstance;
