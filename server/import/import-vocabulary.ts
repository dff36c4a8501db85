// The vocabulary section of an import (JSON: { vocabulary: { kinds, tieTypes }, nodes, links }): each entry is
// checked like a vocabulary API body; the network's existing entries are kept as they are, new ones are created
// with the import and count for its rows. Pure, so it is unit-tested without Neo4j.
import { Compile } from 'typebox/compile';
import { createVocabulary, type Vocabulary } from '../graph/vocabulary.ts';
import type { ImportReport } from '../schemas/curation.ts';
import { KindCreateBody, TieTypeCreateBody } from '../schemas/vocabulary.ts';
import { newKind, newTieType } from '../vocabulary/vocabulary-properties.ts';
import type { ImportSet } from './import-rows.ts';

type Row = ImportReport['rows'][number];
type Counts = { create: number; update: number; unchanged: number; reject: number };

const kindCheck = Compile(KindCreateBody);
const tieTypeCheck = Compile(TieTypeCreateBody);

interface Section<T> {
  entity: 'kind' | 'tieType';
  field: 'kinds' | 'tieTypes';
  check: { Check(value: unknown): boolean; Errors(value: unknown): Iterable<{ instancePath: string; message: string }> };
  known: ReadonlySet<string>;
  make: (input: never) => T;
}

function planSection<T extends { id: string }>(entries: unknown[], section: Section<T>, rows: Row[]): { created: T[]; counts: Counts } {
  const counts = { create: 0, update: 0, unchanged: 0, reject: 0 };
  const created: T[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const ref = `vocabulary.${section.field}[${index}]`;
    const id = typeof (entry as { id?: unknown } | null)?.id === 'string' ? (entry as { id: string }).id : null;
    const reasons = section.check.Check(entry) ? [] : [...section.check.Errors(entry)].map((error) => `${error.instancePath.slice(1) || 'entry'} ${error.message}`);
    if (id !== null && seen.has(id)) reasons.push(`duplicate id "${id}"`);
    if (id !== null) seen.add(id);
    if (reasons.length) {
      counts.reject++;
      rows.push({ entity: section.entity, ref, id, action: 'reject', reasons });
    } else if (section.known.has(id!)) {
      counts.unchanged++;
    } else {
      counts.create++;
      created.push(section.make(entry as never));
      rows.push({ entity: section.entity, ref, id, action: 'create', reasons: [] });
    }
  });
  return { created, counts };
}

export function planVocabulary(section: ImportSet['vocabulary'], network: Vocabulary) {
  if (!section) return { vocabulary: network, kinds: [], tieTypes: [], rows: [], summary: null };
  const rows: Row[] = [];
  const kinds = planSection(section.kinds, { entity: 'kind', field: 'kinds', check: kindCheck, known: network.kindIds, make: newKind }, rows);
  const tieTypes = planSection(section.tieTypes, { entity: 'tieType', field: 'tieTypes', check: tieTypeCheck, known: network.tieTypeIds, make: newTieType }, rows);
  const vocabulary = kinds.created.length || tieTypes.created.length
    ? createVocabulary({ kinds: [...network.kinds, ...kinds.created], tieTypes: [...network.tieTypes, ...tieTypes.created] })
    : network;
  return { vocabulary, kinds: kinds.created, tieTypes: tieTypes.created, rows, summary: { kinds: kinds.counts, tieTypes: tieTypes.counts } };
}
