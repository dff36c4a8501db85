// `npm run ingest -- FILE --title TITLE [--publisher-id ID] [--publisher NAME] [--url URL] [--date D] [--actor NAME]`:
// POST /api/sources from the command line: stores a text or HTML file (by its extension) and its proposals for
// review, in one transaction. Exit code 1 on any refusal (empty, binary, too long, duplicate), nothing written.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { Compile } from 'typebox/compile';
import { decodeText } from '../server/import/text-decoding.ts';
import { schemaProblems } from '../server/writes/record-checks.ts';
import { SourceCreateBody, type SourceCreate } from '../server/schemas/sources.ts';
import { newSourceFrom } from '../server/sources/source-input.ts';
import { createSourceRepository } from '../server/sources/source-repository.ts';
import { createReviewService } from '../server/ingest/review-service.ts';
import { createCurationStore } from '../server/writes/curation-store.ts';
import { createCurationRepository } from '../server/writes/curation-repository.ts';
import { withDatabase } from './database-cli.ts';
import { createVocabularies } from '../server/graph/vocabulary.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' }, publisher: { type: 'string' }, 'publisher-id': { type: 'string' },
    url: { type: 'string' }, date: { type: 'string' }, actor: { type: 'string' },
  },
});
if (positionals.length !== 1 || !values.title) {
  console.error('Usage: npm run ingest -- FILE --title TITLE [--publisher-id ID] [--publisher NAME] [--url URL] [--date D] [--actor NAME]');
  process.exit(2);
}

const bodyCheck = Compile(SourceCreateBody);

await withDatabase(async ({ database, queries, vocabulary }) => {
  // The cue phrases are the database's (the default network's vocabulary), as the server's ingest uses them.
  const { cues } = (await createVocabularies(database, queries)).defaultVocabulary;
  const file = positionals[0]!;
  const decoded = decodeText(new Uint8Array(readFileSync(file)), file);
  if (!decoded.ok) throw new Error(`${file}: ${decoded.problem}`);
  const field = /^\.x?html?$/i.test(extname(file)) ? 'html' : 'text';
  const body = {
    title: values.title, [field]: decoded.text, publisher: values.publisher, publisherId: values['publisher-id'], url: values.url, date: values.date,
  };
  const defined = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
  if (!bodyCheck.Check(defined)) throw new Error(schemaProblems(bodyCheck.Errors(defined) as Parameters<typeof schemaProblems>[0]).join('; '));
  const store = createCurationStore(queries, vocabulary);
  const sources = createSourceRepository(database, queries, store);
  const review = createReviewService(database, queries, store, createCurationRepository(database, store, vocabulary), sources, () => cues);
  const { source, proposals } = await review.ingest(newSourceFrom(defined as SourceCreate), values.actor ?? `cli:${userInfo().username}`);
  console.log(`Stored "${source.title}" as source ${source.id} (${source.length} characters).`);
  for (const proposal of proposals) {
    const what = proposal.kind === 'organisation' ? `organisation ${proposal.name} (${proposal.suggestedKind})` : `tie ${proposal.from} ${proposal.type} ${proposal.to}`;
    console.log(`  ${proposal.confidence.toFixed(2)} ${what}`);
  }
  console.log(`${proposals.length} proposal(s) for review: GET /api/proposals?status=open&source=${source.id}`);
});
