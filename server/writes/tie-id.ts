// Tie ids in the usual form, `<source>--<type in kebab case>--<target>` (the data set's too), and read back into
// their parts. Curation keeps such ids truthful (an import may not give one that names other ends), so a tie with
// one is found from its two organisations through the id index instead of by scanning every tie.
import type { Vocabulary } from '../graph/vocabulary.ts';
import type { TieValues } from '../schemas/curation.ts';

/** The id a tie must have: `<source>--<type in kebab case>--<target>`. */
export function tieId(tie: Pick<TieValues, 'type' | 'source' | 'target'>): string {
  return `${tie.source}--${tie.type.toLowerCase().replace(/_/g, '-')}--${tie.target}`;
}

export interface TieIdParts {
  source: string;
  type: string;
  target: string;
}

export function tieIdParts(id: string, vocabulary: Vocabulary): TieIdParts | null {
  const parts = id.split('--');
  if (parts.length !== 3 || !parts[0] || !parts[2]) return null;
  const type = vocabulary.tieTypes.find((candidate) => candidate.id.toLowerCase().replace(/_/g, '-') === parts[1]);
  return type ? { source: parts[0], type: type.id, target: parts[2] } : null;
}
