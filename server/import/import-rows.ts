// What every import format is parsed into before it is checked: organisation and tie rows with their place in
// the file ("ties.csv line 12", "nodes[3]") and the problems parsing found. Values stay unchecked (`unknown`) here;
// import-plan.ts checks them all the same way, whatever the format.

import type { ImportFormat } from '../contract/formats.ts';
import type { AttributeScope, AttributeType } from '../contract/attributes.ts';

/** One evidence item: a source id (with what the file says about that source), or a web page and what it says. */
export interface EvidenceRow {
  source: string | null;
  quote: string | null;
  url: string | null;
  title: string | null;
  publisher: string | null;
}

export interface OrganisationRow {
  ref: string;
  id: unknown;
  /** The stored fields (server/contract/fields.ts), as the file has them. */
  values: Record<string, unknown>;
  /** Every other column, field or key: extra attributes by name, typed where the format types them, else text. */
  attributes: Record<string, unknown>;
  problems: string[];
}

export interface TieRow {
  ref: string;
  id: unknown;
  type: unknown;
  source: unknown;
  target: unknown;
  since: unknown;
  until: unknown;
  description: unknown;
  evidence: EvidenceRow[];
  attributes: Record<string, unknown>;
  problems: string[];
}

export interface ImportSet {
  format: ImportFormat;
  organisations: OrganisationRow[];
  ties: TieRow[];
  /** Problems with a whole file (unreadable, wrong columns): any one rejects the import. */
  fileProblems: { ref: string; reason: string }[];
  /** The types the file gives its extra attributes (CSV headers, GraphML keys), for names the database has not declared. */
  attributeTypes?: Partial<Record<AttributeScope, Record<string, AttributeType>>>;
  /** Kinds and tie types the file brings (the JSON format's `vocabulary` section), unchecked. */
  vocabulary?: { kinds: unknown[]; tieTypes: unknown[] };
}

export const emptyImport = (format: ImportFormat, ref: string, reason: string): ImportSet => ({
  format,
  organisations: [],
  ties: [],
  fileProblems: [{ ref, reason }],
});

/** A string, or null for anything empty or absent: files write "no value" as an empty cell or a missing key. */
export const textOrNull = (value: unknown): unknown => (value === undefined || value === null || value === '' ? null : value);
