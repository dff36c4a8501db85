// The one rule for "in force on a date" with the partial dates people write (2019, 2022-07, 2022-07-01), shared by
// the server (stored intervals, reads as of a date, changes, explanations) and the client (timeline, drawing).
// Dependency-free and pure: days are ISO strings ("2022-07-31"), which order like the dates they name.

/** A year, year-month or date, as sources give them: 2019, 2020-01, 2021-03-15 (the pattern only; see isPartialDate). */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
const PARTIAL_DATE = new RegExp(PARTIAL_DATE_PATTERN);

/** Something with the dates people write: a tie or an organisation. */
export interface Dated {
  since: string | null;
  until: string | null;
}

/** The interval a partial since/until means, as whole days (both inclusive); null is open-ended. */
export interface Interval {
  validFrom: string | null;
  validTo: string | null;
}

/** Where something stands on a day: started and not ended (current), ended before it, or not yet started. */
export type InForceState = 'current' | 'ended' | 'future';

const pad = (value: number) => String(value).padStart(2, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A partial date that exists: the pattern, and a day that the month has (2023-02-30 and 2023-02-29 do not). */
export function isPartialDate(text: string): boolean {
  if (!PARTIAL_DATE.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number);
  return day === undefined || day <= daysInMonth(year!, month!);
}

/** Whether `until` comes before `since`, comparing only as precisely as both are given ("2019" vs "2019-05"). */
export function endsBeforeStart(since: string | null, until: string | null): boolean {
  if (!since || !until) return false;
  const length = Math.min(since.length, until.length);
  return until.slice(0, length) < since.slice(0, length);
}

/** The first day a partial date covers: 2019 → 2019-01-01, 2022-07 → 2022-07-01. */
export function firstDay(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a partial date covers: 2019 → 2019-12-31, 2024-02 → 2024-02-29. */
export function lastDay(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return `${year}-12-31`;
  return `${year}-${month}-${day ?? pad(daysInMonth(Number(year), Number(month)))}`;
}

/**
 * `since` counts from the first day it names, `until` to the last day it names (until 2022-07: in force all of July,
 * ended from 1 August). No since: in force since before anything we know; no until: still in force.
 */
export function intervalOf(dated: Dated): Interval {
  return { validFrom: dated.since ? firstDay(dated.since) : null, validTo: dated.until ? lastDay(dated.until) : null };
}

/** Where `dated` stands on `day` (an ISO day, e.g. from asOfDay). */
export function stateOn(dated: Dated, day: string): InForceState {
  const { validFrom, validTo } = intervalOf(dated);
  if (validFrom !== null && day < validFrom) return 'future';
  if (validTo !== null && day > validTo) return 'ended';
  return 'current';
}

export const inForceOn = (dated: Dated, day: string): boolean => stateOn(dated, day) === 'current';

/** The day a date parameter means: a partial date counts from its first day ("as of 2021" is 1 January 2021). */
export const asOfDay = (date: string): string => firstDay(date);

/** Today as an ISO day (UTC), the day reads without asOf are judged on. */
export const today = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** The years of an interval as a reader wants them: "2019–2022", "since 2019", "until 2022", or null. */
export function yearSpan(dated: Dated): string | null {
  const from = dated.since?.slice(0, 4);
  const to = dated.until?.slice(0, 4);
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return `since ${from}`;
  if (to) return `until ${to}`;
  return null;
}
