// Date parameters (asOf, from, to, since, until): the schema gives their shape, this checks that the day exists
// (2023-02-30 does not) and turns them into the ISO day and the in-force window the repository reads with.
import { asOfDay, isPartialDate, today } from '../contract/in-force.ts';
import { badField } from '../errors.ts';
import { ALWAYS, onDay, type InForceWindow } from '../graph/graph-repository.ts';

/** The ISO day a date parameter names, or a 400 naming the field. */
export function parseDay(value: string, field: string): string {
  if (!isPartialDate(value)) throw badField(field, `${field} must be a date that exists, as a year, month or date (2021, 2021-07, 2021-07-01); got "${value.slice(0, 20)}"`);
  return asOfDay(value);
}

/** The day a read is judged on: asOf, else today. */
export const dayOf = (asOf: string | undefined): string => (asOf === undefined ? today() : parseDay(asOf, 'asOf'));

/** The day reads are judged on (asOf, else today) and the window of what they include. */
export function readingDay(input: { asOf?: string; includeEnded: boolean }, everythingWithoutAsOf: boolean): { day: string; window: InForceWindow } {
  const day = dayOf(input.asOf);
  if (input.asOf === undefined && everythingWithoutAsOf) return { day, window: ALWAYS };
  return { day, window: input.includeEnded ? { from: null, to: day } : onDay(day) };
}
