// POST /api/organisations, PATCH and DELETE /api/organisations/:id: create, correct and remove organisations
// (bearer token; PATCH needs the version last read, 409 if someone else wrote since).
import { Type } from 'typebox';
import { routeGroup } from './route-group.ts';
import { NetworkField, OrganisationId } from '../schemas/common.ts';
import { OrganisationCreateBody, OrganisationPatchBody, VersionedOrganisationSchema } from '../schemas/curation.ts';
import { WRITE_ERRORS, WRITE_SECURITY } from './write-route-options.ts';

const Params = Type.Object({ id: OrganisationId });

export const organisationWriteRoutes = routeGroup('organisation-write-routes', ['curation', 'access', 'networks'], (app) => {
  const guard = app.writeGuard;
  app.post('/api/organisations', {
    onRequest: guard,
    schema: {
      tags: ['curation'],
      summary: 'Create an organisation in a network (its id is made from the name: a slug unique across networks, stable)',
      security: WRITE_SECURITY,
      querystring: Type.Object(NetworkField),
      body: OrganisationCreateBody,
      response: { 201: VersionedOrganisationSchema, ...WRITE_ERRORS },
    },
  }, async (request, reply) => {
    const network = await app.networks.resolve(request.query.network);
    const organisation = await app.curation.createOrganisation(request.body, request.actor, network);
    return reply.status(201).header('Location', `/api/organisations/${organisation.id}`).send(organisation);
  });

  app.patch('/api/organisations/:id', {
    onRequest: guard,
    schema: {
      tags: ['curation'],
      summary: 'Change some fields of an organisation (send the version you read; 409 if it changed since)',
      security: WRITE_SECURITY,
      params: Params,
      body: OrganisationPatchBody,
      response: { 200: VersionedOrganisationSchema, ...WRITE_ERRORS },
    },
  }, (request) => app.curation.updateOrganisation(request.params.id, request.body, request.actor));

  app.delete('/api/organisations/:id', {
    onRequest: guard,
    schema: {
      tags: ['curation'],
      summary: 'Delete an organisation and its ties (history keeps them)',
      security: WRITE_SECURITY,
      params: Params,
      querystring: Type.Object({
        version: Type.Optional(Type.Integer({ minimum: 1, description: 'If given, 409 unless the organisation is still at this version' })),
      }),
      response: {
        200: Type.Object({ id: Type.String(), ties: Type.Array(Type.String(), { description: 'Ids of the ties deleted with it' }) }),
        ...WRITE_ERRORS,
      },
    },
  }, (request) => app.curation.deleteOrganisation(request.params.id, request.query.version, request.actor));
});
