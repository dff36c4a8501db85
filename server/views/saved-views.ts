// Saved views: a named view of the explorer (its shareable query string, asOf included) with the layout the user
// arranged, stored as one :SavedView node and opened by a short id. The layout is kept as JSON text: Neo4j has no
// nested maps, and the server never needs to look inside it.
import { randomBytes } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { Type, type Static } from 'typebox';
import type { Database } from '../neo4j-connection.ts';
import type { QueryStore } from '../cypher/query-store.ts';
import { HttpError } from '../errors.ts';

const Coordinate = Type.Number({ minimum: -1e7, maximum: 1e7 });

export const SavedViewId = Type.String({ pattern: '^[A-Za-z0-9]{10}$', description: 'Short id of a saved view (10 letters and digits)' });
const Name = Type.String({ minLength: 1, maxLength: 120, pattern: '\\S', description: 'Name of the view' });
const Search = Type.String({ maxLength: 20_000, pattern: '^(\\?.*)?$', description: 'The view as the query string of a shareable link ("?centre=…&asOf=2019"), or ""' });

export const LayoutSchema = Type.Object({
  positions: Type.Array(Type.Object({
    id: Type.String({ minLength: 1, maxLength: 200 }),
    x: Coordinate,
    y: Coordinate,
    pinned: Type.Boolean({ description: 'Dropped there by the user (kept until released)' }),
  }, { additionalProperties: false }), { maxItems: 10_000, description: 'Where each organisation was drawn, in layout units' }),
  transform: Type.Object({
    k: Type.Number({ minimum: 0.01, maximum: 100 }), x: Coordinate, y: Coordinate,
  }, { additionalProperties: false, description: 'Zoom and pan of the drawing: screen = layout × k + (x, y)' }),
}, { additionalProperties: false });
export type Layout = Static<typeof LayoutSchema>;

export const SavedViewCreate = Type.Object({ name: Name, search: Search, layout: LayoutSchema }, { additionalProperties: false });
export const SavedViewRename = Type.Object({ name: Name }, { additionalProperties: false });

const Summary = {
  id: SavedViewId,
  name: Type.String(),
  search: Type.String(),
  createdBy: Type.String({ description: 'Name of the token that saved it' }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
};
export const SavedViewSummarySchema = Type.Object(Summary);
export const SavedViewSchema = Type.Object({ ...Summary, layout: LayoutSchema });
export type SavedViewSummary = Static<typeof SavedViewSummarySchema>;
export type SavedView = Static<typeof SavedViewSchema>;

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** 10 characters from 56: about 58 bits, so ids can be neither guessed nor walked. */
export function newViewId(): string {
  return [...randomBytes(10)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

type Row = Omit<SavedView, 'layout'> & { layout?: string };

export interface SavedViews {
  create(input: Static<typeof SavedViewCreate>, actor: string): Promise<SavedView>;
  get(id: string): Promise<SavedView>;
  list(limit: number): Promise<SavedViewSummary[]>;
  rename(id: string, name: string): Promise<SavedViewSummary>;
  remove(id: string): Promise<{ id: string }>;
}

const notFound = (id: string) => new HttpError(404, `id: no saved view "${id}"`);

export function createSavedViews(database: Database, queries: QueryStore): SavedViews {
  const withLayout = (row: Row): SavedView => ({ ...row, layout: JSON.parse(row.layout ?? '{"positions":[],"transform":{"k":1,"x":0,"y":0}}') as Layout });
  const summary = ({ layout: _layout, ...rest }: Row): SavedViewSummary => rest;
  return {
    async create(input, actor) {
      const view = { id: newViewId(), name: input.name.trim(), search: input.search, layout: JSON.stringify(input.layout), createdBy: actor };
      const row = await database.write(async (tx) => (await tx.run(queries.get('views/create-view'), { view })).records[0]!.get('view') as Row);
      return withLayout(row);
    },
    async get(id) {
      const row = await database.read(async (tx) => (await tx.run(queries.get('views/get-view'), { id })).records[0]?.get('view') as Row | undefined);
      if (!row) throw notFound(id);
      return withLayout(row);
    },
    async list(limit) {
      const rows = await database.read(async (tx) => (await tx.run(queries.get('views/list-views'), { limit: neo4j.int(limit) })).records.map((record) => record.get('view') as Row));
      return rows.map(summary);
    },
    async rename(id, name) {
      const row = await database.write(async (tx) => (await tx.run(queries.get('views/rename-view'), { id, name: name.trim() })).records[0]?.get('view') as Row | undefined);
      if (!row) throw notFound(id);
      return summary(row);
    },
    async remove(id) {
      const deleted = await database.write(async (tx) => (await tx.run(queries.get('views/delete-view'), { id })).records[0]!.get('deleted') as number);
      if (deleted === 0) throw notFound(id);
      return { id };
    },
  };
}
