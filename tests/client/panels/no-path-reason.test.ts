// Saying why there is no path when an endpoint explains it, and nothing when only more hops could tell.
import { describe, expect, it } from 'vitest';
import { noPathReason, type Endpoint } from '../../../client/panels/no-path-reason.ts';

const tie = (other: string, type = 'PARTNER_OF', state: 'current' | 'ended' | 'future' = 'current') => ({ type, state, other: { id: other, name: other.toUpperCase(), kind: 'charity' } });
const khcc: Endpoint = { id: 'khcc', name: 'KHCC', ties: [tie('ltht', 'HAS_MOU_WITH')] };
const ltht: Endpoint = { id: 'ltht', name: 'LTHT', ties: [tie('khcc', 'HAS_MOU_WITH'), tie('wyaat', 'MEMBER_OF'), tie('uol')] };
const query = { tieTypes: [] as string[], avoid: [] as string[] };

describe('noPathReason', () => {
  it('names an avoided only partner', () => {
    expect(noPathReason({ ...query, avoid: ['ltht'] }, [khcc, { ...ltht, id: 'uol' }], 'today')).toBe('the avoided organisation LTHT is KHCC’s only partner.');
  });

  it('says when every partner is avoided', () => {
    expect(noPathReason({ ...query, avoid: ['khcc', 'wyaat', 'uol'] }, [ltht], 'today')).toBe('every partner of LTHT is avoided (KHCC, WYAAT, UOL).');
  });

  it('says when an endpoint has no ties of the chosen types, or none in force', () => {
    expect(noPathReason({ ...query, tieTypes: ['PARTNER_OF'] }, [khcc], 'today')).toBe('none of KHCC’s ties is of the chosen types.');
    expect(noPathReason(query, [{ ...khcc, ties: [tie('ltht', 'HAS_MOU_WITH', 'ended')] }], 'in 2015')).toBe('KHCC has no ties in force in 2015.');
  });

  it('counts only the partners over the chosen types', () => {
    expect(noPathReason({ tieTypes: ['PARTNER_OF'], avoid: ['uol'] }, [ltht], 'today')).toBe('the avoided organisation UOL is LTHT’s only partner over the chosen tie types.');
  });

  it('says nothing when the endpoints have partners left', () => {
    expect(noPathReason({ ...query, avoid: ['wyaat'] }, [khcc, ltht], 'today')).toBeNull();
  });
});
