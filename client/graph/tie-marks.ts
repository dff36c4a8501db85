// How time shows on ties: an ended tie is drawn grey and dotted everywhere; in compare mode added ties are green,
// ended ones red and dashed, unchanged ones muted. Pure: the marks come from the ties' dates and the comparison.
import { stateOn, today } from '../../server/contract/in-force.ts';
import type { Comparison, Tie } from '../types.ts';

export type TieMark = 'ended' | 'added' | 'removed' | 'unchanged';

export interface MarkStyle {
  colour: string;
  dash: number[];
  alpha: number;
  /** Words for legends. */
  label: string;
}

export const MARK_STYLES: Record<TieMark, MarkStyle> = {
  ended: { colour: '#8c939d', dash: [1.5, 3], alpha: 0.75, label: 'ended' },
  added: { colour: '#1a7f37', dash: [], alpha: 1, label: 'added' },
  removed: { colour: '#c62828', dash: [5, 3], alpha: 1, label: 'ended' },
  unchanged: { colour: '#b8bec6', dash: [], alpha: 0.45, label: 'unchanged' },
};

/** `asOf`: the timeline's year (null: today). A comparison marks every tie it classes, and the organisations it added or ended. */
export function tieMarks(links: readonly Tie[], asOf: string | null, comparison: Comparison | null): Map<string, TieMark> {
  const marks = new Map<string, TieMark>();
  if (comparison) {
    for (const id of comparison.added.ties) marks.set(id, 'added');
    for (const id of comparison.ended.ties) marks.set(id, 'removed');
    for (const id of comparison.unchanged.ties) marks.set(id, 'unchanged');
    for (const id of comparison.added.organisations) marks.set(id, 'added');
    for (const id of comparison.ended.organisations) marks.set(id, 'removed');
    return marks;
  }
  const day = asOf ? `${asOf}-01-01` : today();
  for (const tie of links) if (tie.until && stateOn(tie, day) === 'ended') marks.set(tie.id, 'ended');
  return marks;
}

/** What a picture says of its time: "Compared 2018 → 2021: green added, red dashed ended, grey unchanged · ". */
export function timeCaption(view: { asOf: string | null; compare: { from: string; to: string } | null }): string {
  if (view.compare) return `Compared ${view.compare.from} → ${view.compare.to}: green added, red dashed ended, grey unchanged · `;
  if (view.asOf) return `As of ${view.asOf} · `;
  return '';
}
