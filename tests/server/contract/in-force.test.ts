import { describe, expect, it } from 'vitest';
import { asOfDay, firstDay, intervalOf, isPartialDate, lastDay, stateOn, today, yearSpan } from '../../../server/contract/in-force.ts';

const dated = (since: string | null, until: string | null) => ({ since, until });

describe('partial dates that exist', () => {
  it('accepts years, months and real days', () => {
    for (const text of ['2019', '2022-07', '2024-02-29', '2022-12-31']) expect(isPartialDate(text), text).toBe(true);
  });

  it('refuses days a month does not have and anything that is not a partial date', () => {
    for (const text of ['2023-02-30', '2023-02-29', '2022-04-31', '2022-13', '2022-00', '22', '2022-7', '2022/07/01', ''])
      expect(isPartialDate(text), text).toBe(false);
  });
});

describe('the interval a partial date means', () => {
  it('counts since from the first day it names', () => {
    expect(firstDay('2019')).toBe('2019-01-01');
    expect(firstDay('2020-01')).toBe('2020-01-01');
    expect(firstDay('2021-03-15')).toBe('2021-03-15');
  });

  it('counts until to the last day it names, leap years included', () => {
    expect(lastDay('2022')).toBe('2022-12-31');
    expect(lastDay('2022-07')).toBe('2022-07-31');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2023-02')).toBe('2023-02-28');
    expect(lastDay('2022-06-30')).toBe('2022-06-30');
  });

  it('leaves unknown ends open', () => {
    expect(intervalOf(dated(null, null))).toEqual({ validFrom: null, validTo: null });
    expect(intervalOf(dated('2019', '2022-07'))).toEqual({ validFrom: '2019-01-01', validTo: '2022-07-31' });
  });
});

describe('in force on a day', () => {
  const tie = dated('2019', '2022-07');

  it('is in force from the first day of since to the last day of until, both included', () => {
    expect(stateOn(tie, '2018-12-31')).toBe('future');
    expect(stateOn(tie, '2019-01-01')).toBe('current');
    expect(stateOn(tie, '2022-07-31')).toBe('current');
    expect(stateOn(tie, '2022-08-01')).toBe('ended');
  });

  it('treats an unknown since as since ever, and an unknown until as still in force', () => {
    expect(stateOn(dated(null, '2022'), '1440-01-01')).toBe('current');
    expect(stateOn(dated('2019', null), '2999-01-01')).toBe('current');
  });

  it('reads a partial asOf as its first day', () => {
    expect(asOfDay('2021')).toBe('2021-01-01');
    expect(stateOn(dated('2021-03', null), asOfDay('2021'))).toBe('future');
    expect(stateOn(dated('2021', null), asOfDay('2021'))).toBe('current');
  });

  it('gives today as an ISO day', () => {
    expect(today(new Date('2026-11-28T23:59:00Z'))).toBe('2026-11-28');
  });
});

describe('year spans for explanations', () => {
  it('names the years', () => {
    expect(yearSpan(dated('2019', '2022-06'))).toBe('2019–2022');
    expect(yearSpan(dated('2020-01', null))).toBe('since 2020');
    expect(yearSpan(dated(null, '2022'))).toBe('until 2022');
    expect(yearSpan(dated('2022-01', '2022-06'))).toBe('2022');
    expect(yearSpan(dated(null, null))).toBeNull();
  });
});
