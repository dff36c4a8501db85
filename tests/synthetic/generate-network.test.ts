// The synthetic network generator: deterministic for a seed, shaped like the NHS at each scale, internally consistent,
// and written only in the vocabulary's kinds and tie types.
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CCG_FORMED, CCG_LAST_DAY, ICB_FORMED, SYNTHETIC_SOURCE, TIE_TYPES, createRandom, generateNetwork, kindCounts, summarise, type SyntheticNetwork } from '../../seed/synthetic/generate-network.ts';
import { inForceOn } from '../../server/contract/in-force.ts';
import { MAIN_VOCABULARY_FILE, SYNTHETIC_VOCABULARY_FILE, mergedVocabularyIds } from '../../seed/synthetic/synthetic-vocabulary.ts';

const digest = (network: SyntheticNetwork) => createHash('sha256').update(JSON.stringify(network)).digest('hex');
const city = generateNetwork('city', 7);

describe('the synthetic network generator', () => {
  it('gives the same network for the same scale and seed, and a different one for another seed', () => {
    expect(digest(generateNetwork('city', 7))).toBe(digest(city));
    expect(digest(generateNetwork('city', 8))).not.toBe(digest(city));
  });

  it('draws from a seeded random source, not Math.random', () => {
    const a = createRandom(42), b = createRandom(42);
    const draws = Array.from({ length: 5 }, () => a.next());
    expect(draws).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(new Set(draws).size).toBe(5);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(readFileSync('seed/synthetic/generate-network.ts', 'utf8')).not.toMatch(/Math\.random\(|Date\.now\(|new Date\(/);
  });

  it('makes a city-sized network of 1–2k organisations with the NHS kinds in plausible numbers', () => {
    const { organisations, ties, kinds } = summarise(city);
    expect(organisations).toBeGreaterThanOrEqual(1000);
    expect(organisations).toBeLessThanOrEqual(2500);
    expect(ties).toBeGreaterThan(organisations * 1.5);
    expect(kinds.icb).toBe(1);
    expect(kinds['nhs-trust']).toBeGreaterThanOrEqual(3);
    expect(kinds['local-authority']).toBeGreaterThanOrEqual(1);
    expect(kinds.pcn).toBeGreaterThanOrEqual(10);
    expect(kinds['gp-practice']! / kinds.pcn!).toBeGreaterThan(3); // ~5 practices per PCN
    expect(kinds['care-home']).toBeGreaterThan(kinds['gp-practice']!);
    expect(kinds.pharmacy).toBeGreaterThan(kinds['gp-practice']!);
    for (const kind of ['national-body', 'nhs-region', 'university', 'charity', 'site']) expect(kinds[kind]).toBeGreaterThan(0);
  });

  it('sizes region, england and national like an NHS region, the core NHS graph and ODS', () => {
    const total = (scale: Parameters<typeof kindCounts>[0]) => Object.values(kindCounts(scale)).reduce((a, b) => a + b, 0);
    expect(total('region')).toBeGreaterThan(10_000);
    expect(total('region')).toBeLessThan(20_000);
    expect(total('england')).toBeGreaterThan(45_000);
    expect(total('england')).toBeLessThan(55_000);
    expect(total('national')).toBeGreaterThan(190_000);
    expect(total('national')).toBeLessThan(220_000);
    const england = kindCounts('england');
    expect([england.icb, england['nhs-trust'], england.pcn, england['gp-practice'], england['local-authority']]).toEqual([42, 209, 1250, 6300, 317]);
  });

  it('gives every organisation a unique syn- id and the synthetic mark, and every tie a unique id', () => {
    const ids = city.organisations.map((org) => org.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(city.organisations.every((org) => org.id.startsWith('syn-') && org.synthetic === true && org.name.length > 0)).toBe(true);
    const tieIds = city.ties.map((tie) => tie.id);
    expect(new Set(tieIds).size).toBe(tieIds.length);
    expect(tieIds.every((id) => id.startsWith('syn-'))).toBe(true);
  });

  it('only ties organisations that exist, never to themselves, and at most once per type and direction', () => {
    const ids = new Set(city.organisations.map((org) => org.id));
    const missing = city.ties.filter((tie) => !ids.has(tie.source) || !ids.has(tie.target));
    expect(missing).toEqual([]);
    expect(city.ties.filter((tie) => tie.source === tie.target)).toEqual([]);
    const keys = city.ties.map((tie) => `${tie.type} ${tie.source} ${tie.target}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('backs every tie with synthetic evidence that names both organisations', () => {
    const names = new Map(city.organisations.map((org) => [org.id, org.name]));
    expect(city.sources).toEqual([{ ...SYNTHETIC_SOURCE, title: expect.stringContaining('city network, seed 7') }]);
    for (const tie of city.ties) {
      expect(tie.evidenceSources).toEqual(['synthetic-generator']);
      expect(tie.evidenceQuotes).toHaveLength(1);
      expect(tie.evidenceQuotes[0]).toContain(names.get(tie.source));
      expect(tie.evidenceQuotes[0]).toContain(names.get(tie.target));
    }
  });

  it('wires the NHS hierarchy: practices in PCNs, PCNs in ICBs, ICBs commissioning trusts, trusts running sites', () => {
    const kindOf = new Map(city.organisations.map((org) => [org.id, org.kind]));
    const has = (type: string, from: string, to: string) => city.ties.some((tie) => tie.type === type && kindOf.get(tie.source) === from && kindOf.get(tie.target) === to);
    expect(has('MEMBER_OF', 'gp-practice', 'pcn')).toBe(true);
    expect(has('PART_OF', 'pcn', 'icb')).toBe(true);
    expect(has('COMMISSIONS', 'icb', 'nhs-trust')).toBe(true);
    expect(has('RUNS', 'nhs-trust', 'site')).toBe(true);
    expect(has('OVERSEES', 'local-authority', 'icb')).toBe(true);
    expect(has('TRAINS_STAFF_FOR', 'university', 'nhs-trust')).toBe(true);
    expect(has('SUPPORTS', 'charity', 'nhs-trust')).toBe(true);
    const practices = city.organisations.filter((org) => org.kind === 'gp-practice').length;
    const members = city.ties.filter((tie) => tie.type === 'MEMBER_OF' && kindOf.get(tie.source) === 'gp-practice').length;
    expect(members / practices).toBeGreaterThan(0.9);
  });

  it('grows a few supernodes, as real networks have (the care regulator oversees thousands at national scale)', () => {
    const degree = new Map<string, number>();
    for (const tie of city.ties) for (const id of [tie.source, tie.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(sorted[0]).toBeGreaterThan(100 * median);
  });

  it('groups ties by type in the order the loader batches them', () => {
    const order = city.ties.map((tie) => TIE_TYPES.indexOf(tie.type));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('writes only tie types and kinds of the vocabulary (the product\'s plus seed/synthetic/vocabulary.json)', () => {
    const synthetic = JSON.parse(readFileSync(SYNTHETIC_VOCABULARY_FILE, 'utf8')) as { kinds: { id: string; label: string; plural: string; colour: string; description: string }[]; tieTypes: unknown[] };
    for (const kind of synthetic.kinds) expect(Object.keys(kind).sort()).toEqual(['colour', 'description', 'id', 'label', 'plural']);
    const vocabulary = mergedVocabularyIds();
    const { kinds, types } = summarise(city);
    const syntheticKinds = new Set(synthetic.kinds.map((kind) => kind.id));
    if (!existsSync(MAIN_VOCABULARY_FILE)) {
      // Until the product vocabulary exists, only the synthetic-only kinds can be checked.
      expect(Object.keys(kinds).filter((kind) => !syntheticKinds.has(kind)).sort()).toEqual(['charity', 'local-authority', 'nhs-trust', 'university']);
      return;
    }
    const main = JSON.parse(readFileSync(MAIN_VOCABULARY_FILE, 'utf8')) as { kinds: { id: string }[] };
    expect(main.kinds.filter((kind) => syntheticKinds.has(kind.id))).toEqual([]); // additions only, so a merge is a plain concat
    expect(Object.keys(kinds).filter((kind) => !vocabulary.kindIds.has(kind))).toEqual([]);
    expect(Object.keys(types).filter((type) => !vocabulary.tieTypeIds.has(type))).toEqual([]);
  });
});

describe('the 2022 reorganisation in the synthetic network', () => {
  const network = generateNetwork('city', 3);
  const kindOf = new Map(network.organisations.map((org) => [org.id, org.kind]));

  it('dissolves the CCGs on 1 July 2022 and forms the ICBs that day', () => {
    const ccgs = network.organisations.filter((org) => org.kind === 'ccg');
    expect(ccgs.length).toBeGreaterThan(0);
    for (const ccg of ccgs) expect([ccg.since, ccg.until]).toEqual([CCG_FORMED, CCG_LAST_DAY]);
    for (const icb of network.organisations.filter((org) => org.kind === 'icb')) expect(icb.since).toBe(ICB_FORMED);
    expect(inForceOn(ccgs[0]!, '2022-06-30')).toBe(true);
    expect(inForceOn(ccgs[0]!, '2022-07-01')).toBe(false);
  });

  it('ends every CCG tie by 30 June 2022 and starts no ICB tie before 1 July 2022, each quote saying so', () => {
    const ccgTies = network.ties.filter((tie) => kindOf.get(tie.source) === 'ccg');
    expect(ccgTies.length).toBeGreaterThan(10);
    for (const tie of ccgTies) {
      expect(tie.until).toBe(CCG_LAST_DAY);
      expect(inForceOn(tie, '2022-07-01')).toBe(false);
      expect(tie.evidenceQuotes[0]).toContain(`until ${CCG_LAST_DAY}`);
    }
    for (const tie of network.ties.filter((tie) => kindOf.get(tie.source) === 'icb' || kindOf.get(tie.target) === 'icb')) {
      expect(tie.since! >= ICB_FORMED, tie.id).toBe(true);
    }
    // Each CCG tie is taken over by its ICB: the same target, commissioned again from 1 July 2022.
    const icbTargets = new Set(network.ties.filter((tie) => kindOf.get(tie.source) === 'icb').map((tie) => `${tie.type}|${tie.target}`));
    for (const tie of ccgTies) expect(icbTargets).toContain(`${tie.type}|${tie.target}`);
  });
});
