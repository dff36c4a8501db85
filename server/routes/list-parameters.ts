// Comma-separated list parameters (`tieTypes=COMMISSIONS,MEMBER_OF`): split, trimmed, and checked against a
// whitelist so that a 400 names the field and lists the valid values.
import { badField } from '../errors.ts';

export function parseList(raw: string | string[] | undefined): string[] {
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return [...new Set(values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean))];
}

export function parseAllowedList(raw: string | string[] | undefined, field: string, allowed: ReadonlySet<string>): string[] {
  const values = parseList(raw);
  const unknown = values.filter((value) => !allowed.has(value));
  if (unknown.length) {
    throw badField(field, `${field} has unknown value${unknown.length > 1 ? 's' : ''} ${unknown.map((v) => `"${v}"`).join(', ')}; valid values are ${[...allowed].join(', ')}`);
  }
  return values;
}
