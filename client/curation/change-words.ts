// History entries in words ("Added a tie: NHS England commissions LTHT", "23 Nov 2026, 13:29"). Pure, and small
// enough to ship with the details panel, which shows the history to everyone.
import type { Change } from '../types.ts';
import type { OrganisationField } from '../../server/contract/fields.ts';

// Every organisation field needs its words here (the compiler checks); then a tie's own fields.
const ORGANISATION_FIELD_WORDS = {
  name: 'name', shortName: 'short name', aliases: 'other names', kind: 'kind', sector: 'sector', city: 'city', country: 'country',
  description: 'description', url: 'website', since: 'start', until: 'end',
} satisfies Record<OrganisationField, string>;
const FIELD_WORDS: Record<string, string> = { ...ORGANISATION_FIELD_WORDS, evidence: 'evidence', type: 'type' };

export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

interface TieRecord {
  type?: string;
  source?: string;
  target?: string;
  until?: string | null;
  title?: string;
}

/** One history entry in words: "Added a tie: NHS England commissions Leeds Teaching Hospitals NHS Trust". */
export function describeChange(change: Pick<Change, 'action' | 'entity' | 'entityId' | 'fields' | 'before' | 'after'>, nameOf: (id: string) => string, labelOf: (type: string) => string): string {
  const record = ((change.after ?? change.before) ?? {}) as TieRecord;
  const fields = listInWords(change.fields.map((field) => FIELD_WORDS[field] ?? field));
  if (change.entity === 'organisation') {
    if (change.action === 'create') return 'Created the organisation';
    if (change.action === 'delete') return 'Deleted the organisation';
    return fields ? `Changed the ${fields}` : 'Changed the organisation';
  }
  if (change.entity === 'tie') {
    const sentence = record.type && record.source && record.target
      ? `${nameOf(record.source)} ${labelOf(record.type)} ${nameOf(record.target)}`
      : change.entityId;
    switch (change.action) {
      case 'create': return `Added a tie: ${sentence}`;
      case 'end': return `Ended a tie${record.until ? ` (until ${record.until})` : ''}: ${sentence}`;
      case 'delete': return `Deleted a tie: ${sentence}`;
      default: return `Changed the ${fields || 'details'} of a tie: ${sentence}`;
    }
  }
  const verb = { create: 'Added', update: 'Changed', end: 'Ended', delete: 'Deleted' }[change.action];
  return `${verb} a source: ${record.title ?? change.entityId}`;
}

/** "23 Nov 2026, 13:29", in the reader's time zone. */
export function formatWhen(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', ...(timeZone ? { timeZone } : {}) });
}
