// Pure, deterministic generator of a synthetic health-and-care network shaped like the NHS in England (ICBs, trusts,
// PCNs, practices, councils, care homes, pharmacies, sites…), from a city (~2k organisations) to national (~200k).
// Same scale and seed → the same rows, byte for byte; nothing here touches a database, the clock or Math.random.

export const SCALES = ['city', 'region', 'england', 'national'] as const;
export type Scale = (typeof SCALES)[number];

export interface SyntheticOrganisation {
  id: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  aliasesText: string;
  kind: string;
  sector: string;
  city: string;
  country: string;
  description: string;
  url: string | null;
  /** Formed and dissolved (partial dates, as the product stores them): the 2022 reorganisation gives ICBs and CCGs dates. */
  since: string | null;
  until: string | null;
  synthetic: true;
}

export interface SyntheticTie {
  id: string;
  type: TieType;
  source: string;
  target: string;
  since: string | null;
  until: string | null;
  description: string;
  evidenceSources: string[];
  evidenceQuotes: string[];
}

export interface SyntheticSource {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  date: string;
}

export interface SyntheticNetwork {
  scale: Scale;
  seed: number;
  sources: SyntheticSource[];
  organisations: SyntheticOrganisation[];
  /** Sorted by tie type, so a loader can batch each type with one statement. */
  ties: SyntheticTie[];
}

export const SYNTHETIC_SOURCE: SyntheticSource = {
  id: 'synthetic-generator',
  title: 'Synthetic network generator (seed/synthetic/generate-network.ts)',
  publisher: 'Partnership Graph Explorer',
  url: null,
  date: '2025-01-01',
};

/** The evidence source of a network; its title names the scale and seed, so a loader can tell two networks apart. */
export function syntheticSource(scale: Scale, seed: number): SyntheticSource {
  return { ...SYNTHETIC_SOURCE, title: `Synthetic ${scale} network, seed ${seed} (seed/synthetic/generate-network.ts)` };
}

/** Tie types the generator writes; each must be in seed/data/vocabulary.json or seed/synthetic/vocabulary.json. */
export const TIE_TYPES = [
  'COMMISSIONS', 'CONTRACTS_WITH', 'MEMBER_OF', 'OVERSEES', 'PARTNER_OF', 'PART_OF', 'REFERS_PATIENTS_TO', 'RUNS',
  'SUPPORTS', 'TRAINS_STAFF_FOR',
] as const;
export type TieType = (typeof TIE_TYPES)[number];

/** How each tie type reads in a generated evidence quote ("A commissions services from B"). */
const PHRASES: Record<TieType, string> = {
  COMMISSIONS: 'commissions services from',
  CONTRACTS_WITH: 'holds a contract with',
  MEMBER_OF: 'is a member of',
  OVERSEES: 'oversees',
  PARTNER_OF: 'works in partnership with',
  PART_OF: 'is part of',
  REFERS_PATIENTS_TO: 'refers patients to',
  RUNS: 'runs',
  SUPPORTS: 'supports',
  TRAINS_STAFF_FOR: 'trains staff for',
};

// ---------------------------------------------------------------------------------------------------------------
// Scale: how much of England, and how much of the long tail (sites, dentists, opticians, home care, independent
// providers, small charities) that only the national (ODS-sized) network carries in full.

interface ScaleShape {
  icbs: number;
  tail: number;
}

const SHAPES: Record<Scale, ScaleShape> = {
  city: { icbs: 1, tail: 0.25 }, // one ICB's patch, lightly detailed: ~1.8k organisations
  region: { icbs: 6, tail: 0.5 }, // one NHS region: ~17k
  england: { icbs: 42, tail: 0.1 }, // the core NHS graph of England at full size, a tenth of the tail: ~51k
  national: { icbs: 42, tail: 1 }, // everything, like ODS's ~217k active organisations and sites: ~200k
};

/** Counts for the whole of England (NHS England, NHS Providers, BJGP, gov.uk, NHSBSA figures; ODS for the tail). */
const ENGLAND = {
  'nhs-region': 7,
  icb: 42,
  'nhs-trust': 209,
  collaborative: 45,
  pcn: 1250,
  'gp-practice': 6300,
  'local-authority': 317,
  'care-home': 14_600,
  pharmacy: 11_400,
  university: 130,
  // The long tail, scaled by ScaleShape.tail.
  site: 90_000,
  'dental-practice': 11_500,
  'optical-practice': 6_000,
  'home-care-provider': 16_000,
  'independent-provider': 12_000,
  charity: 30_000,
} as const;
type CountedKind = keyof typeof ENGLAND;
const TAIL = new Set<CountedKind>(['site', 'dental-practice', 'optical-practice', 'home-care-provider', 'independent-provider', 'charity']);

export function kindCounts(scale: Scale): Record<CountedKind, number> {
  const shape = SHAPES[scale];
  const share = shape.icbs / ENGLAND.icb;
  const counts = {} as Record<CountedKind, number>;
  for (const kind of Object.keys(ENGLAND) as CountedKind[]) {
    const factor = share * (TAIL.has(kind) ? shape.tail : 1);
    counts[kind] = Math.max(1, Math.round(ENGLAND[kind] * factor));
  }
  counts.icb = shape.icbs;
  counts['nhs-region'] = Math.max(1, Math.round(ENGLAND['nhs-region'] * share));
  return counts;
}

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness: sfc32 seeded through splitmix32 (small, fast, well distributed, and reproducible everywhere).

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const splitmix = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix(), b = splitmix(), c = splitmix(), d = splitmix();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next(); // let the state mix before the first draw
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, chance: (p) => next() < p, pick: (items) => items[int(items.length)]! };
}

/** Picks indices with probability proportional to a weight, in O(log n) per pick. */
function weightedPicker(weights: readonly number[], random: Random): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  return () => {
    const target = random.next() * total;
    let lo = 0, hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** Heavy-tailed weights (a Zipf-like law over a shuffled order), so some organisations become hubs. */
function hubWeights(count: number, random: Random, exponent = 0.9): number[] {
  const ranks = Array.from({ length: count }, (_, i) => i + 1);
  for (let i = ranks.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [ranks[i], ranks[j]] = [ranks[j]!, ranks[i]!];
  }
  return ranks.map((rank) => 1 / rank ** exponent);
}

// ---------------------------------------------------------------------------------------------------------------
// Names: fictional English-sounding places and people, so synthetic organisations never pass for real ones.

const PLACE_STARTS = [
  'Ash', 'Bar', 'Bel', 'Black', 'Bram', 'Brad', 'Brook', 'Burn', 'Cal', 'Castle', 'Chal', 'Chester', 'Clay', 'Cold', 'Crom',
  'Dal', 'Dun', 'East', 'Elm', 'Fair', 'Fen', 'Fern', 'Glen', 'Gold', 'Green', 'Hal', 'Hart', 'Hazel', 'High', 'Holm',
  'Ken', 'King', 'Lang', 'Lark', 'Lea', 'Lin', 'Long', 'Marl', 'Mill', 'Moor', 'Nor', 'Oak', 'Old', 'Pen', 'Red',
  'Ring', 'Rose', 'Rush', 'Salt', 'Sand', 'Shep', 'Stan', 'Stone', 'Sun', 'Thorn', 'Wal', 'West', 'Whit', 'Wick', 'Wood',
];
const PLACE_ENDS = [
  'bridge', 'brook', 'bury', 'by', 'caster', 'combe', 'cot', 'dale', 'den', 'don', 'field', 'ford', 'gate', 'ham',
  'hampton', 'hill', 'holme', 'hurst', 'ington', 'land', 'ley', 'minster', 'mouth', 'ness', 'port', 'stead', 'stow',
  'thorpe', 'ton', 'well', 'wich', 'worth',
];
const SURNAMES = [
  'Adams', 'Ahmed', 'Baker', 'Bennett', 'Brown', 'Carter', 'Chapman', 'Clarke', 'Davies', 'Edwards', 'Evans', 'Fisher',
  'Foster', 'Green', 'Hall', 'Harris', 'Hughes', 'Hussain', 'Jackson', 'James', 'Johnson', 'Jones', 'Khan', 'King',
  'Lee', 'Lewis', 'Marshall', 'Martin', 'Mason', 'Mitchell', 'Moore', 'Morgan', 'Morris', 'Murphy', 'Owen', 'Parker',
  'Patel', 'Phillips', 'Price', 'Roberts', 'Robinson', 'Shaw', 'Singh', 'Smith', 'Taylor', 'Thomas', 'Thompson',
  'Turner', 'Walker', 'Ward', 'Watson', 'White', 'Williams', 'Wilson', 'Wood', 'Wright', 'Young',
];
const TREES = ['Ash', 'Beech', 'Birch', 'Cedar', 'Elm', 'Hawthorn', 'Hazel', 'Holly', 'Larch', 'Laurel', 'Linden', 'Maple', 'Oak', 'Rowan', 'Willow', 'Yew'];
const HOUSES = ['House', 'Lodge', 'Court', 'Grange', 'Manor', 'View', 'Gardens', 'Hall', 'Mews', 'Park'];
const STREETS = ['Church', 'Station', 'Market', 'Park', 'Mill', 'Bridge', 'High', 'Victoria', 'Albert', 'Queen', 'North', 'South', 'Castle', 'Chapel'];
const CAUSES = ['Cancer', 'Heart', 'Stroke', 'Dementia', 'Carers', 'Mind', 'Kidney', 'Sight', 'Hearing', 'Children', 'Older People', 'Recovery'];
const REGION_NAMES = ['Northern', 'North Western', 'Central', 'Eastern', 'Capital', 'South Eastern', 'South Western'];

const initials = (text: string) => text.split(/[\s-]+/).filter((word) => /^[A-Z]/.test(word)).map((word) => word[0]).join('');

// ---------------------------------------------------------------------------------------------------------------

interface Node {
  index: number; // position in the organisations array
  id: string;
  name: string;
  icb: number; // -1 for national bodies
  region: number;
  weight: number;
}

export function generateNetwork(scale: Scale, seed = 1): SyntheticNetwork {
  if (!SCALES.includes(scale)) throw new Error(`Unknown scale "${scale}"; use one of ${SCALES.join(', ')}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`seed must be an integer 0–4294967295 (got ${seed})`);
  const random = createRandom(seed);
  const counts = kindCounts(scale);
  const organisations: SyntheticOrganisation[] = [];
  const ties: SyntheticTie[] = [];
  const tieKeys = new Set<string>();
  const byKind = new Map<string, Node[]>();

  // Places: a shuffled pool of unique town names, handed out to ICBs.
  const placePool: string[] = [];
  for (const start of PLACE_STARTS) for (const end of PLACE_ENDS) placePool.push(start + end);
  for (let i = placePool.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [placePool[i], placePool[j]] = [placePool[j]!, placePool[i]!];
  }
  let nextPlace = 0;
  const takePlace = () => {
    const base = placePool[nextPlace % placePool.length]!;
    const round = Math.floor(nextPlace++ / placePool.length);
    return round === 0 ? base : `${['Upper', 'Lower', 'Great', 'Little', 'North', 'South'][round - 1] ?? `New${round}`} ${base}`;
  };

  const add = (kind: string, fields: { name: string; shortName?: string | null; aliases?: string[]; sector: string; city: string; description: string; icb: number; region: number; weight?: number }): Node => {
    const list = byKind.get(kind) ?? [];
    byKind.set(kind, list);
    const id = `syn-${kind}-${list.length + 1}`;
    const aliases = fields.aliases ?? (fields.shortName ? [fields.shortName] : []);
    organisations.push({
      id,
      name: fields.name,
      shortName: fields.shortName ?? null,
      aliases,
      aliasesText: aliases.join(' | '),
      kind,
      sector: fields.sector,
      city: fields.city,
      country: 'England',
      description: fields.description,
      url: null,
      since: null,
      until: null,
      synthetic: true,
    });
    const node: Node = { index: organisations.length - 1, id, name: fields.name, icb: fields.icb, region: fields.region, weight: fields.weight ?? 1 };
    list.push(node);
    return node;
  };

  const tie = (type: TieType, from: Node, to: Node, description: string) => {
    const key = `${type}|${from.index}|${to.index}`;
    if (from === to || tieKeys.has(key)) return; // one tie of a type per ordered pair
    tieKeys.add(key);
    const since = random.chance(0.8) ? String(2013 + random.int(12)) : null;
    ties.push({
      id: '', // numbered after sorting, so ids follow the load order
      type,
      source: from.id,
      target: to.id,
      since,
      until: random.chance(0.03) ? String(2024 + random.int(2)) : null,
      description,
      evidenceSources: [SYNTHETIC_SOURCE.id],
      evidenceQuotes: [`${from.name} ${PHRASES[type]} ${to.name}${since ? ` (since ${since})` : ''}.`],
    });
  };

  // --- National bodies and regions: the top of the hierarchy, present at every scale.
  const nationalBody = (name: string, shortName: string, description: string) =>
    add('national-body', { name, shortName, sector: 'central government', city: 'Capital City', description, icb: -1, region: -1 });
  const board = nationalBody('National Health Service Board', 'NHSB', 'Synthetic national body that leads the health service and oversees ICBs.');
  const careRegulator = nationalBody('Care Standards Commission', 'CSC', 'Synthetic regulator of health and social care providers.');
  const pharmacyRegulator = nationalBody('Pharmacy Standards Council', 'PSC', 'Synthetic regulator of pharmacies.');
  nationalBody('Department of Health and Care', 'DHC', 'Synthetic government department.');
  nationalBody('Health Security Agency', 'HSA', 'Synthetic public health agency.');
  nationalBody('Institute for Clinical Excellence', 'ICE', 'Synthetic guidance body.');

  const regions: Node[] = [];
  for (let r = 0; r < counts['nhs-region']; r++) {
    const name = `${REGION_NAMES[r % REGION_NAMES.length]}${r >= REGION_NAMES.length ? ` ${Math.floor(r / REGION_NAMES.length) + 1}` : ''} Health Region`;
    const region = add('nhs-region', { name, sector: 'NHS', city: 'Capital City', description: 'Synthetic NHS region.', icb: -1, region: r });
    regions.push(region);
    tie('PART_OF', region, board, 'Region of the national health service board (synthetic).');
  }

  // --- ICBs, each with its own towns; ICB sizes vary (weights), which makes some patches denser than others.
  const icbs: Node[] = [];
  const towns: string[][] = [];
  for (let i = 0; i < counts.icb; i++) {
    const patch = Array.from({ length: 12 }, takePlace);
    towns.push(patch);
    const region = Math.floor((i * regions.length) / counts.icb);
    const name = `${patch[0]} and ${patch[1]} Integrated Care Board`;
    const icb = add('icb', { name, shortName: `${initials(name).slice(0, -3)} ICB`, sector: 'NHS', city: patch[0]!, description: 'Synthetic integrated care board.', icb: i, region, weight: 0.5 + random.next() });
    icbs.push(icb);
    tie('PART_OF', icb, regions[region]!, 'ICB within its NHS region (synthetic).');
    tie('OVERSEES', board, icb, 'National oversight of the ICB (synthetic).');
  }
  const pickIcb = weightedPicker(icbs.map((icb) => icb.weight), random);
  /** Spreads `count` members over ICBs: one each first (every patch has one), then by ICB weight. */
  const icbFor = (n: number) => (n < icbs.length ? n : pickIcb());
  const town = (icb: number) => random.pick(towns[icb]!);
  const regionOf = (icb: number) => icbs[icb]!.region;

  const group = (nodes: Node[], key: (node: Node) => number, buckets: number) => {
    const result: Node[][] = Array.from({ length: buckets }, () => []);
    for (const node of nodes) result[key(node)]!.push(node);
    return result;
  };
  /** A random member of `pool[bucket]`, falling back to any member of any bucket. */
  const fromBucket = (pool: Node[][], bucket: number, all: Node[]): Node | undefined => {
    const local = pool[bucket];
    if (local && local.length) return random.pick(local);
    return all.length ? random.pick(all) : undefined;
  };

  // --- Trusts (acute, mental health, community, ambulance, specialist); weights make the big teaching trusts hubs.
  const trustTypes = [
    { share: 0.58, label: 'Teaching Hospitals NHS Foundation Trust', sector: 'acute' },
    { share: 0.24, label: 'Partnership NHS Foundation Trust', sector: 'mental health' },
    { share: 0.08, label: 'Community Health Services NHS Trust', sector: 'community' },
    { share: 0.05, label: 'Ambulance Service NHS Trust', sector: 'ambulance' },
    { share: 0.05, label: 'Specialist NHS Foundation Trust', sector: 'specialist' },
  ];
  const trustWeights = hubWeights(counts['nhs-trust'], random, 0.6);
  const trusts: Node[] = [];
  for (let t = 0; t < counts['nhs-trust']; t++) {
    const icb = icbFor(t);
    let roll = random.next();
    const type = trustTypes.find((candidate) => (roll -= candidate.share) < 0) ?? trustTypes[0]!;
    const place = town(icb);
    const name = `${place} ${type.label}`;
    trusts.push(add('nhs-trust', {
      name, shortName: initials(name), sector: `NHS (${type.sector})`, city: place,
      description: `Synthetic ${type.sector} NHS trust.`, icb, region: regionOf(icb), weight: trustWeights[t]! * (type.sector === 'acute' ? 2 : 1),
    }));
  }
  const trustsByIcb = group(trusts, (trust) => trust.icb, icbs.length);
  const trustsByRegion = group(trusts, (trust) => trust.region, regions.length);
  const pickTrust = weightedPicker(trusts.map((trust) => trust.weight), random);
  for (const trust of trusts) {
    tie('COMMISSIONS', icbs[trust.icb]!, trust, 'Host ICB contract (synthetic).');
    for (let extra = random.int(3); extra > 0; extra--) {
      const other = icbs.filter((icb) => icb.region === trust.region);
      tie('COMMISSIONS', random.pick(other), trust, 'Associate commissioner (synthetic).');
    }
    if (random.chance(0.4)) tie('COMMISSIONS', board, trust, 'Specialised services (synthetic).');
    tie('OVERSEES', careRegulator, trust, 'Registered and inspected provider (synthetic).');
    const peers = trustsByRegion[trust.region]!;
    if (peers.length > 1 && random.chance(0.5)) tie('PARTNER_OF', trust, random.pick(peers), 'Mutual aid agreement (synthetic).');
  }

  // --- Provider collaboratives.
  const collaboratives: Node[] = [];
  for (let c = 0; c < counts.collaborative; c++) {
    const icb = icbFor(c);
    const place = towns[icb]![0]!;
    collaboratives.push(add('collaborative', {
      name: `${place} ${random.pick(['Acute', 'Mental Health', 'Community', 'Elective'])} Provider Collaborative`, sector: 'NHS', city: place,
      description: 'Synthetic provider collaborative.', icb, region: regionOf(icb),
    }));
  }
  const collaborativesByRegion = group(collaboratives, (c) => c.region, regions.length);
  for (const trust of trusts) {
    for (let n = 1 + random.int(2); n > 0; n--) {
      const collaborative = fromBucket(collaborativesByRegion, trust.region, collaboratives);
      if (collaborative) tie('MEMBER_OF', trust, collaborative, 'Member trust (synthetic).');
    }
  }

  // --- Local authorities: health scrutiny of their ICB and trusts, place partnerships, social care commissioning.
  const councils: Node[] = [];
  const councilsSoFar = icbs.map(() => 0);
  for (let l = 0; l < counts['local-authority']; l++) {
    const icb = icbFor(l);
    const nth = councilsSoFar[icb]!;
    councilsSoFar[icb] = nth + 1;
    const place = towns[icb]![nth % 12]!; // each council named after a different town of its patch
    const type = random.pick(['City Council', 'County Council', 'Borough Council', 'Metropolitan Borough Council', 'Council']);
    councils.push(add('local-authority', { name: `${place} ${type}`, sector: 'local government', city: place, description: `Synthetic ${type.toLowerCase()}.`, icb, region: regionOf(icb), weight: 0.5 + random.next() }));
  }
  const councilsByIcb = group(councils, (council) => council.icb, icbs.length);
  const pickCouncilIn = (icb: number) => fromBucket(councilsByIcb, icb, councils)!;
  for (const council of councils) {
    tie('OVERSEES', council, icbs[council.icb]!, 'Health overview and scrutiny (synthetic).');
    tie('PARTNER_OF', council, icbs[council.icb]!, 'Place-based partnership (synthetic).');
    for (let n = 1 + random.int(2); n > 0; n--) {
      const trust = fromBucket(trustsByIcb, council.icb, trusts);
      if (trust) tie('OVERSEES', council, trust, 'Scrutiny of local NHS services (synthetic).');
    }
  }

  // --- Universities train staff for trusts (big ones train for many) and for training practices.
  const universities: Node[] = [];
  const universityWeights = hubWeights(counts.university, random);
  for (let u = 0; u < counts.university; u++) {
    const icb = icbFor(u);
    const place = town(icb);
    const name = random.chance(0.5) ? `University of ${place}` : `${place} ${random.pick(['Metropolitan', 'Trent', 'Valley', 'City', 'Hope'])} University`;
    universities.push(add('university', { name, shortName: initials(name), sector: 'higher education', city: place, description: 'Synthetic university with health faculties.', icb, region: regionOf(icb), weight: universityWeights[u]! }));
  }
  const universitiesByRegion = group(universities, (u) => u.region, regions.length);
  const pickUniversityIn = (region: number) => {
    const local = universitiesByRegion[region]!;
    if (local.length === 0) return random.pick(universities);
    // The region's best-known universities take most placements.
    return local.reduce((best, candidate) => (random.next() * candidate.weight > random.next() * best.weight ? candidate : best));
  };
  for (const trust of trusts) {
    for (let n = 1 + random.int(3); n > 0; n--) tie('TRAINS_STAFF_FOR', pickUniversityIn(trust.region), trust, 'Clinical placements (synthetic).');
  }
  for (const university of universities) {
    if (random.chance(0.5)) tie('PARTNER_OF', university, icbs[university.icb]!, 'Academic health partnership (synthetic).');
  }

  // --- Primary care: PCNs under ICBs, practices in PCNs, commissioned by ICBs, referring to the trusts nearby.
  const pcns: Node[] = [];
  for (let p = 0; p < counts.pcn; p++) {
    const icb = icbFor(p);
    const place = town(icb);
    pcns.push(add('pcn', { name: `${place} ${random.pick(['Central', 'North', 'South', 'East', 'West', 'Rural', 'Health', 'Villages'])} PCN`, sector: 'NHS (primary care)', city: place, description: 'Synthetic primary care network.', icb, region: regionOf(icb) }));
  }
  const pcnsByIcb = group(pcns, (pcn) => pcn.icb, icbs.length);
  for (const pcn of pcns) tie('PART_OF', pcn, icbs[pcn.icb]!, 'PCN within the ICB (synthetic).');

  const practices: Node[] = [];
  for (let g = 0; g < counts['gp-practice']; g++) {
    const icb = icbFor(g);
    const place = town(icb);
    const name = random.chance(0.5)
      ? `${random.pick(SURNAMES)} ${random.pick(['Medical Practice', 'Surgery', 'Health Centre', 'Family Practice'])}`
      : `${random.chance(0.5) ? `${random.pick(STREETS)} Street` : place} ${random.pick(['Surgery', 'Medical Centre', 'Group Practice'])}`;
    practices.push(add('gp-practice', { name, sector: 'NHS (primary care)', city: place, description: `Synthetic GP practice in ${place}.`, icb, region: regionOf(icb) }));
  }
  const practicesByIcb = group(practices, (practice) => practice.icb, icbs.length);
  const referralTrusts = trustsByIcb.map((local) => local.filter((trust) => /acute|mental/.test(organisations[trust.index]!.sector)));
  for (const practice of practices) {
    const pcn = random.chance(0.97) ? fromBucket(pcnsByIcb, practice.icb, pcns) : undefined;
    if (pcn) tie('MEMBER_OF', practice, pcn, 'Practice in its primary care network (synthetic).');
    tie('COMMISSIONS', icbs[practice.icb]!, practice, 'GMS contract (synthetic).');
    tie('OVERSEES', careRegulator, practice, 'Registered and inspected provider (synthetic).');
    for (let n = 1 + random.int(3); n > 0; n--) {
      const local = referralTrusts[practice.icb]!;
      tie('REFERS_PATIENTS_TO', practice, local.length && random.chance(0.85) ? random.pick(local) : trusts[pickTrust()]!, 'Elective and urgent referrals (synthetic).');
    }
    if (random.chance(0.3)) tie('TRAINS_STAFF_FOR', pickUniversityIn(practice.region), practice, 'GP training placements (synthetic).');
  }

  // --- Social care: care homes (commissioned by councils, aligned to a PCN) and home care providers.
  for (let h = 0; h < counts['care-home']; h++) {
    const icb = pickIcb();
    const place = town(icb);
    const home = add('care-home', { name: `${random.pick(TREES)} ${random.pick(HOUSES)}${random.chance(0.4) ? ` ${place}` : ''} Care Home`, sector: 'social care', city: place, description: `Synthetic care home in ${place}.`, icb, region: regionOf(icb) });
    tie('COMMISSIONS', pickCouncilIn(icb), home, 'Residential placements (synthetic).');
    if (random.chance(0.3)) tie('COMMISSIONS', pickCouncilIn(icb), home, 'Placements from a neighbouring council (synthetic).');
    const pcn = fromBucket(pcnsByIcb, icb, pcns);
    if (pcn) tie('SUPPORTS', pcn, home, 'Enhanced health in care homes (synthetic).');
    tie('OVERSEES', careRegulator, home, 'Registered and inspected provider (synthetic).');
  }
  for (let h = 0; h < counts['home-care-provider']; h++) {
    const icb = pickIcb();
    const place = town(icb);
    const agency = add('home-care-provider', { name: `${random.chance(0.5) ? random.pick(SURNAMES) : place} ${random.pick(['Home Care', 'Care at Home', 'Homecare Services', 'Community Care'])}`, sector: 'social care', city: place, description: 'Synthetic domiciliary care provider.', icb, region: regionOf(icb) });
    for (let n = 1 + random.int(2); n > 0; n--) tie('COMMISSIONS', pickCouncilIn(icb), agency, 'Domiciliary care framework (synthetic).');
    tie('OVERSEES', careRegulator, agency, 'Registered and inspected provider (synthetic).');
  }

  // --- Community pharmacy, dentistry and optometry, commissioned by ICBs.
  for (let p = 0; p < counts.pharmacy; p++) {
    const icb = pickIcb();
    const place = town(icb);
    const pharmacy = add('pharmacy', { name: `${random.chance(0.5) ? random.pick(SURNAMES) : place} ${random.pick(['Pharmacy', 'Chemists', 'Pharmacy Ltd'])}`, sector: 'NHS (community pharmacy)', city: place, description: 'Synthetic community pharmacy.', icb, region: regionOf(icb) });
    tie('COMMISSIONS', icbs[icb]!, pharmacy, 'Community pharmacy contract (synthetic).');
    tie('OVERSEES', pharmacyRegulator, pharmacy, 'Registered pharmacy (synthetic).');
    for (let n = 1 + random.int(2); n > 0; n--) {
      const practice = fromBucket(practicesByIcb, icb, practices);
      if (practice) tie('PARTNER_OF', pharmacy, practice, 'Pharmacy First referrals (synthetic).');
    }
  }
  for (let d = 0; d < counts['dental-practice']; d++) {
    const icb = pickIcb();
    const place = town(icb);
    const dentist = add('dental-practice', { name: `${place} ${random.pick(['Dental Care', 'Dental Practice', 'Smile Centre', 'Dental Surgery'])}`, sector: 'NHS (dental)', city: place, description: 'Synthetic dental practice.', icb, region: regionOf(icb) });
    tie('COMMISSIONS', icbs[icb]!, dentist, 'NHS dental contract (synthetic).');
    tie('OVERSEES', careRegulator, dentist, 'Registered and inspected provider (synthetic).');
  }
  for (let o = 0; o < counts['optical-practice']; o++) {
    const icb = pickIcb();
    const place = town(icb);
    const optician = add('optical-practice', { name: `${random.pick(SURNAMES)} Opticians ${place}`, sector: 'NHS (optometry)', city: place, description: 'Synthetic optical practice.', icb, region: regionOf(icb) });
    tie('COMMISSIONS', icbs[icb]!, optician, 'General ophthalmic services contract (synthetic).');
  }

  // --- Independent sector providers (contracted by ICBs) and the sites that trusts and providers run.
  const independents: Node[] = [];
  for (let i = 0; i < counts['independent-provider']; i++) {
    const icb = pickIcb();
    const place = town(icb);
    const provider = add('independent-provider', { name: `${random.pick(SURNAMES)} ${random.pick(['Healthcare', 'Clinics', 'Diagnostics', 'Independent Hospital', 'Health Services'])} ${place}`, sector: 'independent', city: place, description: 'Synthetic independent sector provider.', icb, region: regionOf(icb) });
    independents.push(provider);
    for (let n = 1 + random.int(2); n > 0; n--) tie('CONTRACTS_WITH', icbs[n === 1 ? icb : pickIcb()]!, provider, 'NHS-funded activity (synthetic).');
    tie('OVERSEES', careRegulator, provider, 'Registered and inspected provider (synthetic).');
  }
  for (let s = 0; s < counts.site; s++) {
    const byTrust = independents.length === 0 || random.chance(0.7);
    const owner = byTrust ? trusts[pickTrust()]! : random.pick(independents);
    const place = town(owner.icb);
    const site = add('site', { name: `${place} ${random.pick(['General Hospital', 'Community Hospital', 'Health Centre', 'Clinic', 'Treatment Centre', 'Resource Centre', 'Day Hospital', 'Outpatients'])}${s >= 1000 ? ` ${random.pick(STREETS)} Street` : ''}`, sector: byTrust ? 'NHS' : 'independent', city: place, description: 'Synthetic site (building or service location).', icb: owner.icb, region: owner.region });
    tie('RUNS', owner, site, 'Site operated by the provider (synthetic).');
  }

  // --- Charities: one per trust (the hospital charity), the rest support local services and councils.
  for (let c = 0; c < counts.charity; c++) {
    const trust = c < trusts.length ? trusts[c]! : undefined;
    const icb = trust ? trust.icb : pickIcb();
    const place = town(icb);
    const name = trust
      ? `${organisations[trust.index]!.city} Hospitals Charity`
      : `${random.pick(CAUSES)} ${random.pick(['Support', 'Trust', 'Foundation', 'Network', 'Matters', 'Together'])} ${place}`;
    const charity = add('charity', { name, sector: 'voluntary', city: place, description: 'Synthetic health and care charity.', icb, region: regionOf(icb) });
    if (trust) {
      tie('SUPPORTS', charity, trust, 'Hospital charity (synthetic).');
      continue;
    }
    for (let n = 1 + random.int(2); n > 0; n--) {
      const roll = random.next();
      const target = roll < 0.3 ? fromBucket(trustsByIcb, icb, trusts)
        : roll < 0.55 ? fromBucket(practicesByIcb, icb, practices)
          : roll < 0.7 ? fromBucket(pcnsByIcb, icb, pcns)
            : roll < 0.85 ? pickCouncilIn(icb)
              : icbs[icb];
      if (target) tie(roll < 0.85 ? 'SUPPORTS' : 'PARTNER_OF', charity, target, 'Voluntary sector support (synthetic).');
    }
  }

  reorganise2022(organisations, ties, icbs, add, createRandom((seed ^ 0x2022_0701) >>> 0));

  // Group ties by type (stable, so the order stays deterministic) and number them in that order.
  const order = new Map<string, number>(TIE_TYPES.map((type, i) => [type, i]));
  const sorted = ties
    .map((row, position) => ({ row, position }))
    .sort((a, b) => order.get(a.row.type)! - order.get(b.row.type)! || a.position - b.position)
    .map(({ row }, i) => ({ ...row, id: `syn-tie-${i + 1}` }));
  return { scale, seed, sources: [syntheticSource(scale, seed)], organisations, ties: sorted };
}

// ---------------------------------------------------------------------------------------------------------------
// Time: England's 2022 reorganisation. Clinical commissioning groups (formed 1 April 2013) were dissolved on
// 1 July 2022 (their last day 30 June) and integrated care boards took over their duties. Each ICB gets 1–3
// predecessor CCGs; every commissioning tie of an ICB starts on 1 July 2022 at the earliest, and the one that
// started earlier is carried by a CCG until 30 June 2022. Its own random stream, so the rest of the network is the
// same as without time.

export const CCG_FORMED = '2013-04-01';
export const CCG_LAST_DAY = '2022-06-30';
export const ICB_FORMED = '2022-07-01';
const TAKEN_OVER: ReadonlySet<TieType> = new Set(['COMMISSIONS', 'CONTRACTS_WITH']);

type AddOrganisation = (kind: string, fields: { name: string; shortName?: string | null; sector: string; city: string; description: string; icb: number; region: number }) => Node;

function reorganise2022(organisations: SyntheticOrganisation[], ties: SyntheticTie[], icbs: Node[], add: AddOrganisation, random: Random): void {
  const byId = new Map(organisations.map((org) => [org.id, org]));
  const icbIds = new Set(icbs.map((icb) => icb.id));
  const ccgsOf = new Map<string, SyntheticOrganisation[]>();
  for (const icb of icbs) {
    const places = byId.get(icb.id)!.name.replace(/ Integrated Care Board$/, '').split(' and ');
    const ccgs = Array.from({ length: 1 + random.int(3) }, (_, n) => {
      const place = places[n] ?? `${places[0]} ${['North', 'South', 'East'][n]}`;
      const node = add('ccg', { name: `NHS ${place} Clinical Commissioning Group`, shortName: `NHS ${place} CCG`, sector: 'NHS', city: place, description: 'Synthetic clinical commissioning group (dissolved in the 2022 reorganisation).', icb: icb.icb, region: icb.region });
      const ccg = Object.assign(organisations[node.index]!, { since: CCG_FORMED, until: CCG_LAST_DAY });
      byId.set(ccg.id, ccg);
      return ccg;
    });
    ccgsOf.set(icb.id, ccgs);
    Object.assign(byId.get(icb.id)!, { since: ICB_FORMED });
  }
  const quote = (type: TieType, source: string, target: string, since: string | null, until: string | null) =>
    `${byId.get(source)!.name} ${PHRASES[type]} ${byId.get(target)!.name}` +
    `${since ? ` (since ${since}${until ? `, until ${until}` : ''})` : ''}.`;
  const predecessors: SyntheticTie[] = [];
  for (const tie of ties) {
    if (!icbIds.has(tie.source) && !icbIds.has(tie.target)) continue;
    const startedBefore = tie.since === null || tie.since < ICB_FORMED;
    if (!startedBefore) continue;
    if (icbIds.has(tie.source) && TAKEN_OVER.has(tie.type)) {
      const ccg = random.pick(ccgsOf.get(tie.source)!);
      const since = tie.since === null || tie.since < CCG_FORMED ? CCG_FORMED : tie.since;
      predecessors.push({ ...tie, source: ccg.id, since, until: CCG_LAST_DAY, description: 'Contract held by the predecessor CCG (synthetic).', evidenceQuotes: [quote(tie.type, ccg.id, tie.target, since, CCG_LAST_DAY)] });
    }
    tie.since = ICB_FORMED;
    tie.evidenceQuotes = [quote(tie.type, tie.source, tie.target, ICB_FORMED, tie.until)];
  }
  ties.push(...predecessors);
}

/** Organisations per kind and ties per type, for summaries and tests. */
export function summarise(network: Pick<SyntheticNetwork, 'organisations' | 'ties'>) {
  const kinds: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const org of network.organisations) kinds[org.kind] = (kinds[org.kind] ?? 0) + 1;
  for (const tie of network.ties) types[tie.type] = (types[tie.type] ?? 0) + 1;
  return { organisations: network.organisations.length, ties: network.ties.length, kinds, types };
}
