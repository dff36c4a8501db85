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
  app.addHook('preValidation', async (request) => {
    if (!isApiRoute(request)) return;
    if (request.body instanceof Uint8Array) return;
    const problems = forbiddenCharacterProblems(request.body);
    if (problems.length) throw invalidFields(problems);
  });
}

export const textCharactersPlugin = fp(textCharacters, { name: 'text-characters' });
