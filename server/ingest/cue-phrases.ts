// The cue phrases ingest suggests tie types from, kept as data beside the vocabulary (seed/data/cue-phrases.json)
// and checked against it once, so a phrase can never suggest a type the vocabulary lacks.
import { readFileSync } from 'node:fs';
import type { Vocabulary } from '../graph/vocabulary.ts';
import type { CuePhrase } from './document-proposals.ts';

export function readCuePhrases(vocabulary: Pick<Vocabulary, 'tieTypeIds'>): CuePhrase[] {
  const { cues } = JSON.parse(readFileSync(new URL('../../seed/data/cue-phrases.json', import.meta.url), 'utf8')) as { cues: CuePhrase[] };
  const unknown = cues.filter((cue) => !vocabulary.tieTypeIds.has(cue.type));
  if (unknown.length) throw new Error(`seed/data/cue-phrases.json: unknown tie types ${unknown.map((cue) => cue.type).join(', ')}`);
  return cues;
}
