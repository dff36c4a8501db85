import { describe, expect, it } from 'vitest';
import { explainPath } from '../../../server/graph/path-explanation.ts';
import { createVocabulary } from '../../../server/graph/vocabulary.ts';
import type { Organisation, Tie } from '../../../server/schemas/graph.ts';

const vocabulary = createVocabulary({
  kinds: [],
  tieTypes: [
    { id: 'HAS_MOU_WITH', label: 'has a memorandum of understanding with', inverseLabel: 'has a memorandum of understanding with', colour: '#000000', dash: [], description: '' },
    { id: 'PARTNER_OF', label: 'is a partner of', inverseLabel: 'has as a partner', colour: '#111111', dash: [], description: '' },
  ],
});
const organisation = (id: string, name: string): Organisation => ({
  id, name, shortName: null, aliases: [], kind: 'nhs-trust', sector: null, city: null, country: null, description: null, url: null, since: null, until: null, degree: 1,
});
const tie = (id: string, type: string, source: string, target: string, since: string | null = null, until: string | null = null): Tie => ({
  id, type, source, target, since, until, description: null,
  evidence: [{ source: 'doc', title: 'Doc', publisher: null, url: null, quote: `Quote for ${id}.`, verbatim: true }],
});

describe('path explanations', () => {
  const khcc = organisation('khcc', 'King Hussein Cancer Center');
  const ltht = organisation('ltht', 'Leeds Teaching Hospitals NHS Trust');
  const uol = organisation('uol', 'University of Leeds');

  it('reads each tie in the direction the path walks and joins the steps with "which"', () => {
    const path = explainPath([khcc, ltht, uol], [tie('t1', 'HAS_MOU_WITH', 'khcc', 'ltht'), tie('t2', 'PARTNER_OF', 'ltht', 'uol')], vocabulary);
    expect(path.explanation).toBe(
      'King Hussein Cancer Center has a memorandum of understanding with Leeds Teaching Hospitals NHS Trust, which is a partner of University of Leeds.',
    );
    expect(path.length).toBe(2);
  });

  it('uses the inverse label when the path goes against a tie and marks the step as backward', () => {
    const path = explainPath([uol, ltht], [tie('t2', 'PARTNER_OF', 'ltht', 'uol')], vocabulary);
    expect(path.steps[0]).toMatchObject({ from: 'uol', to: 'ltht', forward: false, sentence: 'University of Leeds has as a partner Leeds Teaching Hospitals NHS Trust.' });
  });

  it('keeps each step with its evidence', () => {
    const path = explainPath([khcc, ltht], [tie('t1', 'HAS_MOU_WITH', 'khcc', 'ltht')], vocabulary);
    expect(path.steps[0]!.evidence[0]!.quote).toBe('Quote for t1.');
  });

  it('tells an ended tie in the past tense with its years, and a dated current one since when', () => {
    const malta = organisation('malta', 'the Ministry for Health in Malta');
    const path = explainPath(
      [khcc, ltht, malta],
      [tie('t1', 'HAS_MOU_WITH', 'khcc', 'ltht', '2019'), tie('t2', 'PARTNER_OF', 'ltht', 'malta', '2019', '2022-06')],
      vocabulary,
      '2024-01-01',
    );
    expect(path.explanation).toBe(
      'King Hussein Cancer Center has a memorandum of understanding with Leeds Teaching Hospitals NHS Trust (since 2019), ' +
        'which was a partner of the Ministry for Health in Malta (2019–2022).',
    );
    expect(path.steps[1]!.sentence).toBe('Leeds Teaching Hospitals NHS Trust was a partner of the Ministry for Health in Malta (2019–2022).');
  });

  it('reads a tie in the present on a day it was in force', () => {
    const path = explainPath([ltht, uol], [tie('t2', 'PARTNER_OF', 'ltht', 'uol', '2019', '2022-06')], vocabulary, '2020-05-01');
    expect(path.explanation).toBe('Leeds Teaching Hospitals NHS Trust is a partner of University of Leeds (2019–2022).');
  });
});
