// Applies the character rule of server/contract/text-characters.ts at the API boundary: a JSON body holding a refused
// character is a 400 naming each such field, before any route sees it. Bodies are where every written text arrives
// (path parameters are ids with a pattern; query strings are reads, e.g. search text, never stored). Import uploads
// arrive as raw bytes and are checked row by row instead (server/import/import-plan.ts), so the report names the row.
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { forbiddenCharacterProblems } from '../contract/text-characters.ts';
import { invalidFields } from '../errors.ts';
import { isApiRoute } from './route-of.ts';

async function textCharacters(app: FastifyInstance): Promise<void> {
  // A callback hook: most requests are reads without a body, and they should not pay for a promise here.
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.body === undefined || request.body instanceof Uint8Array || !isApiRoute(request)) return done();
    const problems = forbiddenCharacterProblems(request.body);
    done(problems.length ? invalidFields(problems) : undefined);
  });
}

export const textCharactersPlugin = fp(textCharacters, { name: 'text-characters' });
