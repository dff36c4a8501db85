// What changed between two days in a subgraph read over that window: each tie and organisation classed as added,
// ended or unchanged (the diff the client draws), and the list of starts and ends between the days, with evidence.
// Pure, on the contract's in-force rule, so it is unit-tested without a database.
import { inForceOn, stateOn, type Dated } from '../contract/in-force.ts';
import type { Evidence, Subgraph } from '../schemas/graph.ts';
import { datedClause, tiePhrase } from './path-explanation.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface IdGroups {
  organisations: string[];
  ties: string[];
}

export interface ChangeEvent {
  change: 'started' | 'ended';
  entity: 'organisation' | 'tie';
  id: string;
  /** The date as the data gives it (since or until): "2019", "2020-01". */
  date: string;
  /** "Leeds Teaching Hospitals NHS Trust delivers Lincoln Green … (since 2019)", or the organisation's name. */
  sentence: string;
  evidence: Evidence[];
}

export interface Comparison extends Subgraph {
  from: string;
  to: string;
  added: IdGroups;
  ended: IdGroups;
  unchanged: IdGroups;
  changes: ChangeEvent[];
}

type Group = 'added' | 'ended' | 'unchanged' | null;

/** In force on `to` but not on `from`: added; the reverse: ended; both: unchanged; neither (came and went between): none. */
function groupOf(dated: Dated, from: string, to: string): Group {
  const before = inForceOn(dated, from);
  const after = inForceOn(dated, to);
  if (before && after) return 'unchanged';
  if (after) return 'added';
  if (before) return 'ended';
  return null;
}

/** Starts after `from` up to `to`, ends from `from` to before `to` (the same edges as the groups). */
function eventsOf(dated: Dated, from: string, to: string): { change: 'started' | 'ended'; date: string }[] {
  const events: { change: 'started' | 'ended'; date: string }[] = [];
  if (dated.since && stateOn(dated, from) === 'future' && stateOn(dated, to) !== 'future') events.push({ change: 'started', date: dated.since });
  if (dated.until && stateOn(dated, from) !== 'ended' && stateOn(dated, to) === 'ended') events.push({ change: 'ended', date: dated.until });
  return events;
}

/** `subgraph`: read over the window [from, to]; `from`, `to`: ISO days, from ≤ to. */
export function compareSubgraph(subgraph: Subgraph, from: string, to: string, vocabulary: Vocabulary): Comparison {
  const groups = { added: { organisations: [], ties: [] }, ended: { organisations: [], ties: [] }, unchanged: { organisations: [], ties: [] } } as Record<'added' | 'ended' | 'unchanged', IdGroups>;
  const changes: ChangeEvent[] = [];
  const names = new Map(subgraph.nodes.map((node) => [node.id, node.name]));
  for (const node of subgraph.nodes) {
    const group = groupOf(node, from, to);
    if (group) groups[group].organisations.push(node.id);
    for (const event of eventsOf(node, from, to)) changes.push({ ...event, entity: 'organisation', id: node.id, sentence: node.name, evidence: [] });
  }
  for (const tie of subgraph.links) {
    const group = groupOf(tie, from, to);
    if (group) groups[group].ties.push(tie.id);
    const { phrase, past } = tiePhrase(tie, tie.source, vocabulary);
    const sentence = `${datedClause(tie, names.get(tie.source) ?? tie.source, names.get(tie.target) ?? tie.target, phrase, to, past)}.`;
    for (const event of eventsOf(tie, from, to)) changes.push({ ...event, entity: 'tie', id: tie.id, sentence, evidence: tie.evidence });
  }
  changes.sort((a, b) => a.date.localeCompare(b.date) || a.entity.localeCompare(b.entity) || a.id.localeCompare(b.id));
  return { ...subgraph, from, to, ...groups, changes };
}
