// GET /api/networks (each network with its size), POST /api/networks (token; a new, empty network) and
// DELETE /api/networks/:id (token; only an empty network, never the default one).
import { Type } from 'typebox';
import { routeGroup } from './route-group.ts';
import { NetworkId } from '../schemas/common.ts';
import { NETWORK_LABEL_MAX } from '../contract/networks.ts';
import { WRITE_ERRORS, WRITE_SECURITY } from './write-route-options.ts';

const NetworkSchema = Type.Object({
  id: Type.String(),
  label: Type.String(),
  organisations: Type.Integer(),
  ties: Type.Integer(),
});
const NetworkCreate = Type.Object({
  id: NetworkId,
  label: Type.String({ minLength: 1, maxLength: NETWORK_LABEL_MAX, description: 'Its name in the explorer, e.g. Florentine families' }),
}, { additionalProperties: false });

export const networkRoutes = routeGroup('network-routes', ['networks', 'access'], (app) => {
  const guard = app.writeGuard;
  const tags = ['graph'];

  app.get('/api/networks', {
    schema: { tags, summary: 'The networks of this database (separate graphs), with their sizes', response: { 200: Type.Object({ networks: Type.Array(NetworkSchema) }) } },
  }, async () => ({ networks: await app.networks.list() }));

  app.post('/api/networks', {
    onRequest: guard,
    schema: { tags, summary: 'Create an empty network', security: WRITE_SECURITY, body: NetworkCreate, response: { 201: NetworkSchema, ...WRITE_ERRORS } },
  }, async (request, reply) => reply.status(201).header('Location', `/api/meta?network=${request.body.id}`).send(await app.networks.create(request.body.id, request.body.label)));

  app.delete('/api/networks/:id', {
    onRequest: guard,
    schema: {
      tags, summary: 'Delete an empty network (409 while it holds organisations)', security: WRITE_SECURITY,
      params: Type.Object({ id: NetworkId }), response: { 200: Type.Object({ id: Type.String() }), ...WRITE_ERRORS },
    },
  }, (request) => app.networks.delete(request.params.id));
});
