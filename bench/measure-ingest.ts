// `npm run measure:ingest`: how well ingest reads the three seed documents, against the curated data set (issue 16).
// Runs the same pure reading the API runs (server/ingest/document-proposals.ts) twice: with no organisations known
// (a database holding only the vocabulary) and with the curated organisations known. Prints recall, precision and
// every miss. Measured here, never asserted in a timed test.
import { proposeFromDocument, PROPOSED_PREFIX, type OrganisationProposal, type TieProposal } from '../server/ingest/document-proposals.ts';
import { normaliseForQuote } from '../server/sources/source-text.ts';
import { slugify } from '../server/writes/slug.ts';
import { loadDataset, readSourceText, type SeedOrganisation } from '../seed/dataset.ts';

const dataset = loadDataset();
const cues = dataset.vocabulary.cues;
const STOP = new Set(['the', 'of', 'and', 'in', 'for', 'group', 'not', 'named', 'nhs', 'leeds', 'a']);
const contentWords = (name: string) => new Set(slugify(name, '').split('-').filter((word) => word && !STOP.has(word)));
const namesOf = (organisation: SeedOrganisation) => [organisation.name, organisation.shortName, ...organisation.aliases].filter((name): name is string => Boolean(name));
const percent = (part: number, whole: number) => `${part}/${whole} = ${whole ? ((100 * part) / whole).toFixed(0) : '–'}%`;

/** The curated organisation a proposed name stands for: the same name, short name or alias, or (loosely) the same content words. */
function curatedFor(proposal: OrganisationProposal): string | null {
  const slugs = [proposal.name, ...proposal.aliases].map((name) => slugify(name, ''));
  const exact = dataset.organisations.find((organisation) => namesOf(organisation).some((name) => slugs.includes(slugify(name, ''))));
  if (exact) return exact.id;
  const words = contentWords(proposal.name);
  if (words.size === 0) return null;
  // Otherwise the curated organisation sharing the most content words (two, or all of the shorter name's).
  let best: { id: string; shared: number; union: number } | null = null;
  for (const organisation of dataset.organisations) {
    for (const name of namesOf(organisation)) {
      const other = contentWords(name);
      const shared = [...words].filter((word) => other.has(word)).length;
      const union = new Set([...words, ...other]).size;
      if (shared < 2 && shared < Math.min(words.size, other.size)) continue;
      if (shared === 0) continue;
      if (!best || shared / union > best.shared / best.union) best = { id: organisation.id, shared, union };
    }
  }
  const loose = best;
  return loose?.id ?? null;
}

function measure(known: boolean): void {
  const proposals = dataset.sources.map((source) => ({
    source: source.id,
    ...proposeFromDocument({ text: readSourceText(source), publisherId: known ? source.publisherId : null, publisher: source.publisher, organisations: known ? dataset.organisations : [], cues }),
  }));
  const organisationProposals = new Map<string, OrganisationProposal>();
  for (const document of proposals) for (const proposal of document.organisations) organisationProposals.set(proposal.key, proposal);
  const toCurated = new Map([...organisationProposals.values()].map((proposal) => [proposal.key, curatedFor(proposal)]));
  const endOf = (key: string) => (key.startsWith(PROPOSED_PREFIX) ? toCurated.get(key) ?? null : key);

  console.log(`\n## ${known ? 'With the curated organisations known' : 'Database holding only the vocabulary'}\n`);
  if (!known) {
    const found = new Set([...toCurated.values()].filter((id): id is string => id !== null));
    const right = [...toCurated.values()].filter((id) => id !== null).length;
    console.log(`Organisations: recall ${percent(found.size, dataset.organisations.length)}, precision ${percent(right, toCurated.size)} of ${toCurated.size} proposed`);
    console.log(`  Missed: ${dataset.organisations.filter((organisation) => !found.has(organisation.id)).map((organisation) => organisation.name).join('; ')}`);
    console.log(`  Proposed but not curated: ${[...organisationProposals.values()].filter((proposal) => !toCurated.get(proposal.key)).map((proposal) => proposal.name).join('; ')}`);
  }
  const ties: (TieProposal & { source: string })[] = proposals.flatMap((document) => document.ties.map((tie) => ({ ...tie, source: document.source })));
  const pair = (a: string | null, b: string | null) => (a && b ? [a, b].sort().join(' ~ ') : null);
  let pairs = 0;
  let typed = 0;
  let cited = 0;
  let directed = 0;
  const misses: string[] = [];
  for (const tie of dataset.ties) {
    const matching = ties.filter((proposal) => pair(endOf(proposal.from), endOf(proposal.to)) === pair(tie.source, tie.target));
    if (matching.length === 0) {
      misses.push(`${tie.id} (“${tie.evidence[0]!.quote.slice(0, 80)}…”)`);
      continue;
    }
    pairs++;
    if (matching.some((proposal) => proposal.type === tie.type)) typed++;
    if (matching.some((proposal) => proposal.type === tie.type && endOf(proposal.from) === tie.source)) directed++;
    const quotes = tie.evidence.map((item) => normaliseForQuote(item.quote));
    if (matching.some((proposal) => quotes.some((quote) => normaliseForQuote(proposal.sentence.text).includes(quote) || quote.includes(normaliseForQuote(proposal.sentence.text))))) cited++;
  }
  const curatedPairs = new Set(dataset.ties.map((tie) => pair(tie.source, tie.target)));
  const rightPairs = ties.filter((proposal) => curatedPairs.has(pair(endOf(proposal.from), endOf(proposal.to)))).length;
  console.log(`Ties: pair recall ${percent(pairs, dataset.ties.length)}; of those, right type ${percent(typed, pairs)} (and direction ${percent(directed, pairs)}), a sentence the curated tie cites ${percent(cited, pairs)}`);
  console.log(`  Precision: ${percent(rightPairs, ties.length)} of the proposed ties are between a curated pair`);
  console.log(`  Missed ties:\n    ${misses.join('\n    ')}`);
}

measure(false);
measure(true);
