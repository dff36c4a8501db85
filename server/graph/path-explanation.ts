// Turns a path (organisations and ties in order) into plain English, one clause per tie, read in the direction
// the path walks: "A commissions B, which is a member of C". Pure, so it is unit-tested without a database.
import type { Organisation, Path, PathStep, Tie } from '../schemas/graph.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The verb phrase of a tie read from `fromId`: its label forwards, its inverse label against its direction. */
export function tiePhrase(tie: Tie, fromId: string, vocabulary: Vocabulary): { forward: boolean; phrase: string } {
  const type = vocabulary.tieType(tie.type);
  const forward = tie.source === fromId;
  return { forward, phrase: forward ? type.label : type.inverseLabel };
}

export function explainPath(nodes: Organisation[], links: Tie[], vocabulary: Vocabulary): Path {
  const clauses: string[] = [];
  const steps: PathStep[] = links.map((tie, index) => {
    const from = nodes[index]!;
    const to = nodes[index + 1]!;
    const { forward, phrase } = tiePhrase(tie, from.id, vocabulary);
    clauses.push(index === 0 ? `${from.name} ${phrase} ${to.name}` : `which ${phrase} ${to.name}`);
    return { from: from.id, to: to.id, tie: tie.id, forward, sentence: `${from.name} ${phrase} ${to.name}.`, evidence: tie.evidence };
  });
  return { nodes, links, length: links.length, explanation: clauses.length ? `${clauses.join(', ')}.` : '', steps };
}
