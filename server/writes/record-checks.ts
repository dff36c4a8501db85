// The checks every organisation and tie passes before it is written, whether it comes from an API body or an
// imported row: the TypeBox field schemas (lengths, dates, URLs), the vocabulary, and the rules between fields.
import { Compile } from 'typebox/compile';
import { OrganisationValuesSchema, TieValuesSchema } from '../schemas/curation.ts';
import type { Vocabulary } from '../graph/vocabulary.ts';
import { endsBeforeStart, isPartialDate, PARTIAL_DATE_PATTERN } from '../contract/in-force.ts';
import { ID_PATTERN, ORGANISATION_FIELDS } from '../contract/fields.ts';
import type { FieldError } from '../contract/field-errors.ts';
import { fieldPath, type SchemaError } from '../schema-errors.ts';

const organisationCheck = Compile(OrganisationValuesSchema);
const tieCheck = Compile(TieValuesSchema);
const ID = new RegExp(ID_PATTERN);
const PARTIAL_DATE = new RegExp(PARTIAL_DATE_PATTERN);

/** "/aliases/1" → "aliases[1]": the field as a person would name it. */
const fieldName = (path: string) => path.replace(/^\//, '').replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.');

// Unions with null report every branch; the first specific message per field says enough.
const NOISE = new Set(['anyOf', 'boolean']);

/** TypeBox's errors as problems worded for import reports and API messages, one per field. */
export function schemaProblems(errors: Iterable<SchemaError>): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const error of errors) {
    if (NOISE.has(error.keyword) || (error.keyword === 'type' && error.params.type === 'null')) continue;
    if (error.keyword === 'additionalProperties') {
      for (const name of (error.params.additionalProperties as string[] | undefined) ?? []) byField.set(name, { field: name, message: `${name} is not a field` });
      continue;
    }
    const name = fieldName(error.instancePath) || 'value';
    const path = fieldPath(error.instancePath);
    if (byField.has(path)) continue;
    const message = error.keyword === 'required' ? `${String(error.params.requiredProperties ?? '')} is required` : `${name} ${error.message}`;
    const field = error.keyword === 'required' ? String(error.params.requiredProperties ?? '') : path;
    byField.set(path, { field, message: error.keyword === 'pattern' && /\\S/.test(String(error.params.pattern)) ? `${name} must not be blank` : message });
  }
  return [...byField.values()];
}

/** `field`: where the id is in the request (dotted); `name`: how the message names it. */
export function idProblem(id: unknown, field = 'id', name = field): FieldError | null {
  if (typeof id === 'string' && id.length <= 200 && ID.test(id)) return null;
  const shown = typeof id === 'string' ? ` "${id.slice(0, 80)}"` : '';
  return { field, message: `${name}${shown} is not a valid id (letters, digits, - . _ ~; at most 200 characters)` };
}

const pick = (record: object, names: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(names.map((name) => [name, (record as Record<string, unknown>)[name]]));
const TIE_VALUE_NAMES = ['type', 'source', 'target', 'since', 'until', 'description'] as const;

/** Checks the stored fields of `record` (other properties, such as id and version, are not looked at). */
export function organisationProblems(record: object, vocabulary: Vocabulary): FieldError[] {
  const values = pick(record, ORGANISATION_FIELDS);
  const problems = organisationCheck.Check(values) ? [] : schemaProblems(organisationCheck.Errors(values) as Iterable<SchemaError>);
  if (typeof values.kind === 'string' && !vocabulary.kindIds.has(values.kind)) {
    problems.push({ field: 'kind', message: `kind has unknown value "${values.kind}"; valid values are ${[...vocabulary.kindIds].join(', ')}` });
  }
  return [...problems, ...dateProblems(values)];
}

/** Days the calendar lacks (2023-02-30: the pattern allows it), and an until before the since. */
function dateProblems(values: Record<string, unknown>): FieldError[] {
  const problems: FieldError[] = [];
  for (const field of ['since', 'until'] as const) {
    const value = values[field];
    if (typeof value === 'string' && PARTIAL_DATE.test(value) && !isPartialDate(value)) problems.push({ field, message: `${field} (${value}) is not a day that exists` });
  }
  if (typeof values.since === 'string' && typeof values.until === 'string' && endsBeforeStart(values.since, values.until)) {
    problems.push({ field: 'until', message: `until (${values.until}) is before since (${values.since})` });
  }
  return problems;
}

/** Checks a tie's own fields (evidence is checked by evidence.ts). */
export function tieProblems(record: object, vocabulary: Vocabulary): FieldError[] {
  const values = pick(record, TIE_VALUE_NAMES);
  const problems = tieCheck.Check(values) ? [] : schemaProblems(tieCheck.Errors(values) as Iterable<SchemaError>);
  if (typeof values.type === 'string' && !vocabulary.tieTypeIds.has(values.type)) {
    problems.push({ field: 'type', message: `type has unknown value "${values.type}"; valid values are ${[...vocabulary.tieTypeIds].join(', ')}` });
  }
  if (typeof values.source === 'string' && values.source === values.target) problems.push({ field: 'target', message: 'source and target must be different organisations' });
  return [...problems, ...dateProblems(values)];
}
