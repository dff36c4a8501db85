// The pure side of the edit forms: what a form holds, how it is checked before sending (the same rules as the
// API), how it becomes a request body, which field a 400 from the server is about, and how an import report is
// put into words. No DOM here, so all of it is unit-tested.
import type { EvidenceInput, ImportFormat, ImportReport, Meta, Organisation, OrganisationCreate, OrganisationPatch, TieCreate } from '../types.ts';
import { endsBeforeStart, isPartialDate } from '../../server/contract/in-force.ts';
import { FIELD_HINTS, type FieldError } from '../../server/contract/field-errors.ts';
import {
  ALIAS_LIMITS, ORGANISATION_FIELDS, ORGANISATION_OPTIONAL_TEXT, ORGANISATION_TEXT_LIMITS, TIE_LIMITS,
  isHttpUrl, optionalTextFields, type OrganisationField,
} from '../../server/contract/fields.ts';

export type FieldErrors = Record<string, string>;

export const DATE_HINT = FIELD_HINTS.partialDate;
const URL_HINT = FIELD_HINTS.httpUrl;

const clean = (text: string) => text.trim();
const orNull = (text: string) => clean(text) || null;

// ----- organisations -----

/** Every stored field as the form's controls hold it: text, other names one per line, since/until as written. */
export type OrganisationForm = Record<OrganisationField, string>;

const characters = (n: number) => n.toLocaleString('en-GB');

export function organisationForm(org: Organisation | null): OrganisationForm {
  return { ...optionalTextFields((field) => org?.[field] ?? ''), name: org?.name ?? '', aliases: (org?.aliases ?? []).join('\n'), kind: org?.kind ?? '' };
}

export function aliasList(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const alias = clean(line);
    if (alias) seen.add(alias);
  }
  return [...seen];
}

export function validateOrganisation(form: OrganisationForm, kinds: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  if (!clean(form.name)) errors.name = 'Give the organisation’s name.';
  if (!form.kind) errors.kind = 'Choose what kind of organisation it is.';
  else if (kinds.length && !kinds.includes(form.kind)) errors.kind = 'Choose a kind from the list.';
  for (const [field, limit] of Object.entries(ORGANISATION_TEXT_LIMITS)) {
    const value = clean(form[field as keyof OrganisationForm]);
    if (value.length > limit) errors[field] = `Keep it to ${characters(limit)} characters (now ${characters(value.length)}).`;
  }
  const url = clean(form.url);
  if (url && !errors.url && !isHttpUrl(url)) errors.url = URL_HINT;
  Object.assign(errors, dateErrors(clean(form.since), clean(form.until)));
  const aliases = aliasList(form.aliases);
  if (aliases.length > ALIAS_LIMITS.count) errors.aliases = `At most ${ALIAS_LIMITS.count} other names.`;
  else if (aliases.some((alias) => alias.length > ALIAS_LIMITS.length)) errors.aliases = `Each other name can have at most ${ALIAS_LIMITS.length} characters.`;
  return errors;
}

/** The body of POST /api/organisations: empty optional fields are left out. */
export function organisationCreateBody(form: OrganisationForm): OrganisationCreate {
  const body: OrganisationCreate = { name: clean(form.name), kind: form.kind };
  for (const field of ORGANISATION_OPTIONAL_TEXT) {
    const value = orNull(form[field]);
    if (value) body[field] = value;
  }
  const aliases = aliasList(form.aliases);
  if (aliases.length) body.aliases = aliases;
  return body;
}

/** The body of PATCH /api/organisations/:id: only what changed (null clears a field), with the version read. */
export function organisationPatchBody(form: OrganisationForm, original: Organisation & { version: number }): OrganisationPatch | null {
  const patch: OrganisationPatch = { version: original.version };
  let changes = 0;
  const name = clean(form.name);
  if (name !== original.name) {
    patch.name = name;
    changes += 1;
  }
  if (form.kind !== original.kind) {
    patch.kind = form.kind;
    changes += 1;
  }
  for (const field of ORGANISATION_OPTIONAL_TEXT) {
    const value = orNull(form[field]);
    if (value !== (original[field] ?? null)) {
      patch[field] = value;
      changes += 1;
    }
  }
  const aliases = aliasList(form.aliases);
  if (aliases.join('\n') !== original.aliases.join('\n')) {
    patch.aliases = aliases;
    changes += 1;
  }
  return changes ? patch : null;
}

// ----- ties -----

/** The evidence "source" choice that means "a web page, by its address". */
export const WEB_PAGE = '~web';

export interface EvidenceForm {
  /** A source id from /api/meta, WEB_PAGE, or '' when not chosen yet. */
  source: string;
  /** The exact sentence (for a listed source) or what the page says (for a web page). */
  quote: string;
  url: string;
  title: string;
}

export interface TieForm {
  /** The selected organisation. */
  from: string;
  /** The other organisation, once chosen in the list. */
  to: string | null;
  /** A tie type id, or `${id}${REVERSED}` when the sentence runs from the other organisation to this one. */
  type: string;
  since: string;
  until: string;
  description: string;
  evidence: EvidenceForm[];
}

export const REVERSED = '~reverse';

export const emptyEvidence = (): EvidenceForm => ({ source: '', quote: '', url: '', title: '' });

export function typeChoice(value: string): { type: string; reversed: boolean } {
  return value.endsWith(REVERSED) ? { type: value.slice(0, -REVERSED.length), reversed: true } : { type: value, reversed: false };
}

export interface TypeOption {
  value: string;
  label: string;
}

/** The type list of the tie form, read from the selected organisation: "commissions …", then "is commissioned by …"
 *  (symmetric types, such as "works in partnership with", appear once). */
export function tieTypeOptions(tieTypes: Meta['tieTypes']): { outgoing: TypeOption[]; incoming: TypeOption[] } {
  const outgoing = tieTypes.map((type) => ({ value: type.id, label: type.label }));
  const incoming = tieTypes
    .filter((type) => type.inverseLabel && type.inverseLabel !== type.label)
    .map((type) => ({ value: `${type.id}${REVERSED}`, label: type.inverseLabel }));
  return { outgoing, incoming };
}

/** Which organisation the tie goes from (its subject) and to, as stored. */
export function tieEnds(form: Pick<TieForm, 'from' | 'to' | 'type'>): { source: string | null; target: string | null } {
  return typeChoice(form.type).reversed ? { source: form.to, target: form.from } : { source: form.from, target: form.to };
}

/** The tie as a sentence, the way the network and the path finder will say it: "NHS England commissions LTHT." */
export function previewSentence(form: Pick<TieForm, 'from' | 'to' | 'type'>, nameOf: (id: string) => string, labelOf: (type: string) => string): string {
  if (!form.type) return '';
  const { source, target } = tieEnds(form);
  const other = 'the organisation you choose';
  const subject = source ? nameOf(source) : other;
  const object = target ? nameOf(target) : other;
  return `${subject} ${labelOf(typeChoice(form.type).type)} ${object}.`;
}

/** A since/until pair of a tie or an organisation: dates that exist, the end not before the start. */
function dateErrors(since: string, until: string): FieldErrors {
  const errors: FieldErrors = {};
  if (since && !isPartialDate(since)) errors.since = DATE_HINT;
  if (until && !isPartialDate(until)) errors.until = DATE_HINT;
  if (since && until && !errors.since && !errors.until && endsBeforeStart(since, until)) errors.until = `It ends before it starts (${since}).`;
  return errors;
}

const blankEvidence = (item: EvidenceForm) => !item.source && !clean(item.quote) && !clean(item.url) && !clean(item.title);

export function validateTie(form: TieForm, sources: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  if (!form.to) errors.to = 'Choose the other organisation from the list.';
  else if (form.to === form.from) errors.to = 'A tie joins two different organisations: choose another one.';
  if (!form.type) errors.type = 'Choose the type of tie.';
  Object.assign(errors, dateErrors(clean(form.since), clean(form.until)));
  if (clean(form.description).length > TIE_LIMITS.description) errors.description = `Keep it to ${characters(TIE_LIMITS.description)} characters.`;
  let complete = 0;
  form.evidence.forEach((item, index) => {
    if (blankEvidence(item)) return;
    const at = `evidence.${index}`;
    if (!item.source) errors[`${at}.source`] = 'Choose a source, or “A web page” to give its address.';
    else if (item.source !== WEB_PAGE && sources.length && !sources.includes(item.source)) errors[`${at}.source`] = 'Choose a source from the list.';
    if (item.source === WEB_PAGE) {
      const url = clean(item.url);
      if (!url) errors[`${at}.url`] = 'Give the address of the page.';
      else if (!isHttpUrl(url)) errors[`${at}.url`] = URL_HINT;
    }
    const quote = clean(item.quote);
    if (!quote) errors[`${at}.quote`] = item.source === WEB_PAGE ? 'Say what the page says about this tie.' : 'Copy the sentence of the source that states this tie.';
    else if (quote.length > TIE_LIMITS.quote) errors[`${at}.quote`] = `Keep it to ${characters(TIE_LIMITS.quote)} characters.`;
    if (!Object.keys(errors).some((key) => key.startsWith(`${at}.`))) complete += 1;
  });
  if (complete === 0 && !Object.keys(errors).some((key) => key.startsWith('evidence.'))) {
    errors.evidence = 'A tie needs evidence: the sentence of a source (or a web page) that states it.';
  }
  return errors;
}

export function evidenceInput(item: EvidenceForm): EvidenceInput {
  if (item.source === WEB_PAGE) {
    const title = clean(item.title);
    return { url: clean(item.url), note: clean(item.quote), ...(title ? { title } : {}) };
  }
  return { source: item.source, quote: clean(item.quote) };
}

/** The body of POST /api/ties (validate first: this assumes both ends are chosen). */
export function tieCreateBody(form: TieForm): TieCreate {
  const { source, target } = tieEnds(form);
  const body: TieCreate = {
    type: typeChoice(form.type).type,
    source: source ?? '',
    target: target ?? '',
    evidence: form.evidence.filter((item) => !blankEvidence(item)).map(evidenceInput),
  };
  const since = orNull(form.since);
  const until = orNull(form.until);
  const description = orNull(form.description);
  if (since) body.since = since;
  if (until) body.until = until;
  if (description) body.description = description;
  return body;
}

// ----- answers from the server -----

function sentence(text: string): string {
  const trimmed = text.trim();
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? '' : '.'}`;
}

/**
 * A 400's field errors as problems per form field. `fields` maps the API's field names to the form's keys ("source"
 * and "target" of a tie are the form's "to"); evidence problems keep their item ("evidence.0.quote"). What names no
 * form field, or a 400 about the request as a whole (`message`), is returned in `general`, for the top of the form.
 */
export function formErrorsFrom(errors: readonly FieldError[], message: string, fields: Readonly<Record<string, string>>): { fields: FieldErrors; general: string[] } {
  const found: FieldErrors = {};
  const general: string[] = errors.length ? [] : [sentence(message)];
  for (const error of errors) {
    const [root = '', index, part] = error.field.split('.');
    const key = fields[root];
    if (key === undefined) {
      general.push(sentence(error.message));
      continue;
    }
    const control = part === 'url' || part === 'source' ? part : 'quote';
    const target = key === 'evidence' && index !== undefined ? `evidence.${index}.${control}` : key;
    found[target] ??= sentence(error.message);
  }
  return { fields: found, general };
}

export const ORGANISATION_API_FIELDS: Record<string, string> = Object.fromEntries(ORGANISATION_FIELDS.map((field) => [field, field]));
export const TIE_API_FIELDS: Record<string, string> = { type: 'type', source: 'to', target: 'to', since: 'since', until: 'until', description: 'description', evidence: 'evidence' };

// ----- imports -----

/** The import format a file name suggests: the JSON export, the CSV export's zip, or GraphML. */
export function importFormatFor(fileName: string): ImportFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.zip') || name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.graphml') || name.endsWith('.xml')) return 'graphml';
  return null;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The report in one or two sentences: what would change, and whether it can be applied. */
export function summariseReport(report: ImportReport): string {
  const part = (what: string, counts: ImportReport['summary']['organisations']) => {
    const bits = [
      counts.create ? `${counts.create.toLocaleString('en-GB')} new` : '',
      counts.update ? `${counts.update.toLocaleString('en-GB')} changed` : '',
      counts.unchanged ? `${counts.unchanged.toLocaleString('en-GB')} unchanged` : '',
    ].filter(Boolean);
    return bits.length ? `${what}: ${bits.join(', ')}` : '';
  };
  const { organisations, ties, sources } = report.summary;
  const parts = [part('Organisations', organisations), part('Ties', ties), sources.create ? `Sources: ${sources.create.toLocaleString('en-GB')} new` : '']
    .filter(Boolean);
  const changes = parts.length ? `${parts.join('. ')}.` : 'Nothing to import.';
  const rejected = report.rows.filter((row) => row.action === 'reject').length;
  if (rejected) return `${changes} ${plural(rejected, 'row is', 'rows are')} rejected: fix ${rejected === 1 ? 'it' : 'them'} in the file and check it again. Nothing is imported while any row is rejected.`;
  if (report.committed) return `Imported. ${changes}`;
  return changes;
}

/** Whether "Apply" makes sense: a dry run without rejections that would change something. */
export function canApply(report: ImportReport | null): boolean {
  if (!report || !report.dryRun || !report.valid) return false;
  const { organisations, ties } = report.summary;
  return organisations.create + organisations.update + ties.create + ties.update > 0;
}

/** Report rows with the rejected ones first, so the problems are seen before the rest. */
export function reportRows(report: ImportReport): ImportReport['rows'] {
  const order = { reject: 0, create: 1, update: 2 } as const;
  return [...report.rows].sort((a, b) => order[a.action] - order[b.action]);
}
