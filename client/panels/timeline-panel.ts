// The timeline over the drawing: a year slider (keyboard operable) that sets asOf, and a compare mode with a second
// year that draws what was added and what ended between them and lists each change with its evidence. All of it
// lives in the store (and so in the URL); the view, filters, paths and table follow.
import type { AppState } from '../app-state.ts';
import { h, lineSample, uid } from '../dom.ts';
import { MARK_STYLES } from '../graph/tie-marks.ts';
import { changed, type Store } from '../store.ts';
import type { Comparison } from '../types.ts';
import { evidenceText } from './evidence-text.ts';

const thisYear = new Date().getUTCFullYear();

/** From the earliest year the view's data names (at least ten years back) to this year. */
function yearRange(state: AppState): { min: number; max: number } {
  let min = thisYear - 10;
  for (const item of [...state.visible.nodes, ...state.visible.links]) {
    for (const date of [item.since, item.until]) if (date) min = Math.min(min, Number(date.slice(0, 4)));
  }
  return { min, max: thisYear };
}

function slider(label: string) {
  const id = uid('year');
  const input = h('input', { attrs: { type: 'range', id, step: 1 } });
  const output = h('output', { attrs: { for: id } });
  return { input, output, field: h('label', { class: 'timeline-field', attrs: { for: id } }, [h('span', { text: label }), input, output]) };
}

function changeList(comparison: Comparison): HTMLElement {
  const items = comparison.changes.map((change) => h('li', { class: `change change-${change.change}` }, [
    h('span', { class: 'change-when', text: `${change.change === 'started' ? 'Started' : 'Ended'} ${change.date}` }),
    h('span', { class: 'change-what', text: change.sentence }),
    ...change.evidence.slice(0, 1).map((evidence) => h('blockquote', { class: 'change-evidence', text: `${evidenceText(evidence)} — ${evidence.title}` })),
  ]));
  const added = comparison.added.ties.length;
  const ended = comparison.ended.ties.length;
  return h('section', { class: 'changes', attrs: { 'aria-label': 'Changes between the two years' } }, [
    h('h3', { text: `From ${comparison.from.slice(0, 4)} to ${comparison.to.slice(0, 4)}: ${added} tie${added === 1 ? '' : 's'} added, ${ended} ended` }),
    h('p', { class: 'timeline-key' }, (['added', 'removed', 'unchanged'] as const).map((mark) =>
      h('span', {}, [lineSample(MARK_STYLES[mark].colour, MARK_STYLES[mark].dash), ` ${MARK_STYLES[mark].label} `]))),
    items.length ? h('ol', { class: 'change-list' }, items) : h('p', { text: 'Nothing started or ended between these years in this view.' }),
  ]);
}

export function createTimelinePanel(element: HTMLElement, store: Store<AppState>): () => void {
  const onId = uid('timeline-on');
  const compareId = uid('timeline-compare');
  const on = h('input', { attrs: { type: 'checkbox', id: onId } });
  const compare = h('input', { attrs: { type: 'checkbox', id: compareId } });
  const year = slider('As of');
  const other = slider('Compared with');
  const changes = h('div', { class: 'timeline-changes' });
  element.replaceChildren(
    h('div', { class: 'timeline-controls', attrs: { role: 'group', 'aria-label': 'Time' } }, [
      h('label', { class: 'timeline-toggle', attrs: { for: onId } }, [on, ' By year']),
      year.field,
      h('label', { class: 'timeline-toggle', attrs: { for: compareId } }, [compare, ' Compare']),
      other.field,
    ]),
    changes,
  );

  const chosen = () => ({ first: year.input.value, second: other.input.value });
  function apply() {
    const { first, second } = chosen();
    if (compare.checked && first !== second) {
      store.update({ asOf: null, compare: first < second ? { from: first, to: second } : { from: second, to: first } });
    } else store.update({ asOf: on.checked || compare.checked ? first : null, compare: null });
  }
  on.addEventListener('change', () => {
    if (!on.checked) compare.checked = false;
    apply();
  });
  compare.addEventListener('change', () => {
    if (compare.checked) on.checked = true;
    apply();
  });
  // Dragging shows the year at once and loads when the thumb is let go (or at each arrow key).
  for (const { input, output } of [year, other]) {
    input.addEventListener('input', () => { output.textContent = input.value; });
    input.addEventListener('change', () => {
      if (input === year.input) on.checked = true;
      apply();
    });
  }

  function render(state: AppState) {
    element.hidden = state.table;
    const { min, max } = yearRange(state);
    for (const input of [year.input, other.input]) Object.assign(input, { min: String(min), max: String(max) });
    on.checked = state.asOf !== null || state.compare !== null;
    compare.checked = state.compare !== null;
    year.input.value = state.compare?.from ?? state.asOf ?? String(max);
    other.input.value = state.compare?.to ?? String(max);
    year.output.textContent = on.checked ? year.input.value : 'all years';
    other.output.textContent = other.input.value;
    other.field.hidden = !compare.checked;
    year.input.disabled = false;
    changes.replaceChildren(...(state.compare && state.comparison ? [changeList(state.comparison)] : []));
  }
  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'asOf', 'compare', 'comparison', 'visible', 'table')) render(state);
  });
  render(store.get());
  return unsubscribe;
}
