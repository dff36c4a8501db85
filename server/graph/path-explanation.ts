// Turns a path (organisations and ties in order) into plain English, one clause per tie, read in the direction
// the path walks: "A commissions B (since 2019), which was a member of C (2015–2022)". Ties that ended before the
// day the path is read on are told in the past tense. Pure, so it is unit-tested without a database.
import { stateOn, today, yearSpan } from '../contract/in-force.ts';
import type { Organisation, Path, PathStep, Tie } from '../schemas/graph.ts';
import { pastTense } from './tense.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * The verb phrase of a tie read from `fromId`: its label forwards, its inverse label against its direction; a
 * symmetric type reads the same both ways ("is married into"), so its label whichever end the path comes from.
 * `past`: the phrase for a tie that ended (the type's past label where it has one and reads forwards).
 */
export function tiePhrase(tie: Tie, fromId: string, vocabulary: Vocabulary): { forward: boolean; phrase: string; past: string } {
  const type = vocabulary.tieType(tie.type);
  const forward = tie.source === fromId;
  const phrase = forward || type.symmetric ? type.label : type.inverseLabel;
  return { forward, phrase, past: phrase === type.label && type.pastLabel ? type.pastLabel : pastTense(phrase) };
}

/** The phrase with its tense and years on `day`: "had a contract with … (2019–2022)", "delivers … (since 2019)". */
export function datedClause(tie: Tie, fromName: string, toName: string, forwardPhrase: string, day: string, pastPhrase: string = pastTense(forwardPhrase)): string {
  const phrase = stateOn(tie, day) === 'ended' ? pastPhrase : forwardPhrase;
  const span = yearSpan(tie);
  return `${fromName} ${phrase} ${toName}${span ? ` (${span})` : ''}`;
}

/** `day`: the ISO day the path is read on (asOf, else today). */
export function explainPath(nodes: Organisation[], links: Tie[], vocabulary: Vocabulary, day: string = today()): Path {
  const clauses: string[] = [];
  const steps: PathStep[] = links.map((tie, index) => {
    const from = nodes[index]!;
    const to = nodes[index + 1]!;
    const { forward, phrase, past } = tiePhrase(tie, from.id, vocabulary);
    const clause = datedClause(tie, from.name, to.name, phrase, day, past);
    clauses.push(index === 0 ? clause : `which ${clause.slice(from.name.length + 1)}`);
    return { from: from.id, to: to.id, tie: tie.id, forward, sentence: `${clause}.`, evidence: tie.evidence };
  });
  return { nodes, links, length: links.length, explanation: clauses.length ? `${clauses.join(', ')}.` : '', steps };
}
