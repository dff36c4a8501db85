// What every write route shares besides its token check (app.writeGuard, first): the bearer-auth note in
// /openapi.json and the error answers a writer can get.
import { ErrorSchema } from '../schemas/common.ts';

export const WRITE_SECURITY = [{ bearerAuth: [] }];

/** 400 bad input, 401 no/wrong token, 403 writes disabled, 404 unknown id, 409 conflict. */
export const WRITE_ERRORS = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
