// The accessible companion of the drawing: the visible organisations and ties as real, sortable tables. Rows use
// a roving tabindex (↑/↓, Home/End move; Enter or click selects), so a long table is one Tab stop, not hundreds.
import { currentMeasures } from '../analysis/view-measures.ts';
import { type AppState } from '../app-state.ts';
import { h, swatch, uid } from '../dom.ts';
import { stylesFor } from '../graph/graph-styles.ts';
import { changed, type Store } from '../store.ts';
import { dateRange } from '../view-helpers.ts';
import { evidenceText } from './evidence-text.ts';
import { attributeNames, attributeText } from './attribute-text.ts';

const MAX_ROWS = 2000;

interface Column<Row> {
  key: string;
  label: string;
  value: (row: Row) => string | number;
  cell: (row: Row) => Node | string;
  numeric?: boolean;
}

interface SortState {
  key: string;
  descending: boolean;
}

export function createTableView(element: HTMLElement, store: Store<AppState>): () => void {
  const orgSort: SortState = { key: 'degree', descending: true };
  const tieSort: SortState = { key: 'from', descending: false };
  const titleId = uid('table-title');
  element.setAttribute('aria-labelledby', titleId);

  function table<Row>(caption: string, rows: Row[], columns: Column<Row>[], sort: SortState, rowId: (row: Row) => string, onActivate: (row: Row) => void, selectedId: string | null): HTMLElement {
    const column = columns.find((candidate) => candidate.key === sort.key) ?? columns[0]!;
    const sorted = [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en-GB', { sensitivity: 'base' });
      return sort.descending ? -order : order;
    });
    const shown = sorted.slice(0, MAX_ROWS);
    const head = h('tr', {}, columns.map((col) => h('th', {
      attrs: { scope: 'col', 'aria-sort': col.key === sort.key ? (sort.descending ? 'descending' : 'ascending') : 'none', class: col.numeric ? 'numeric' : null },
    }, [h('button', {
      class: 'sort-button', attrs: { type: 'button' },
      on: { click: () => { sort.descending = sort.key === col.key ? !sort.descending : Boolean(col.numeric); sort.key = col.key; render(store.get(), col.key); } },
    }, [col.label, h('span', { class: 'sort-mark', attrs: { 'aria-hidden': 'true' }, text: col.key === sort.key ? (sort.descending ? '▼' : '▲') : '' })])])));
    const selectedIndex = Math.max(0, shown.findIndex((row) => rowId(row) === selectedId));
    const body = h('tbody', {}, shown.map((row, index) => {
      const selected = selectedId !== null && rowId(row) === selectedId;
      const tr = h('tr', {
        class: selected ? 'is-selected' : '',
        attrs: { tabindex: index === selectedIndex ? 0 : -1, 'aria-current': selected ? 'true' : null, 'data-row-id': rowId(row) },
        on: { click: () => onActivate(row) },
      }, columns.map((col) => h('td', { attrs: { class: col.numeric ? 'numeric' : null } }, [col.cell(row)])));
      return tr;
    }));
    body.addEventListener('keydown', (event) => {
      const rowsInBody = [...body.rows];
      const current = rowsInBody.indexOf((event.target as HTMLElement).closest('tr')!);
      if (current < 0) return;
      let next: number;
      if (event.key === 'ArrowDown') next = Math.min(rowsInBody.length - 1, current + 1);
      else if (event.key === 'ArrowUp') next = Math.max(0, current - 1);
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = rowsInBody.length - 1;
      else if (event.key === 'PageDown') next = Math.min(rowsInBody.length - 1, current + 10);
      else if (event.key === 'PageUp') next = Math.max(0, current - 10);
      else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onActivate(shown[current]!);
        return;
      } else return;
      event.preventDefault();
      rowsInBody[current]!.tabIndex = -1;
      rowsInBody[next]!.tabIndex = 0;
      rowsInBody[next]!.focus();
    });
    return h('div', { class: 'table-scroll' }, [
      h('table', { class: 'data-table' }, [
        h('caption', {}, [caption, rows.length > MAX_ROWS ? h('span', { class: 'muted small', text: ` (first ${MAX_ROWS} shown)` }) : null]),
        h('thead', {}, [head]),
        body,
      ]),
    ]);
  }

  function render(state: AppState, focusSortKey?: string) {
    if (!state.table) {
      element.hidden = true;
      element.replaceChildren();
      return;
    }
    element.hidden = false;
    const focusedRow = (document.activeElement as HTMLElement | null)?.closest?.('tr')?.dataset.rowId;
    const styles = stylesFor(state.meta);
    const byId = new Map(state.visible.nodes.map((node) => [node.id, node]));
    const inView = new Map<string, number>();
    for (const link of state.visible.links) {
      inView.set(link.source, (inView.get(link.source) ?? 0) + 1);
      inView.set(link.target, (inView.get(link.target) ?? 0) + 1);
    }
    const select = (id: string) => store.update({ selected: id });
    const nameOf = (id: string) => byId.get(id)?.name ?? state.names[id] ?? id;
    // The view's measures, once the worker has them; until then their cells read "…".
    const measures = currentMeasures(state)?.byId;
    const measureColumn = (key: 'partners' | 'betweenness' | 'pagerank' | 'community', label: string, shown: (value: number) => string): Column<Org> => ({
      key, label, numeric: true,
      value: (org) => measures?.get(org.id)?.[key] ?? -1,
      cell: (org) => {
        const value = measures?.get(org.id)?.[key];
        return value === undefined ? '…' : shown(value);
      },
    });
    type Org = AppState['visible']['nodes'][number];
    type TieRow = AppState['visible']['links'][number];
    // One column per extra attribute the rows carry (numbers sort as numbers, a row without one sorts first).
    const attributeColumns = <Row extends Org | TieRow>(rows: readonly Row[]): Column<Row>[] => attributeNames(rows).map((name) => {
      const numeric = rows.every((row) => row.attributes?.[name] === undefined || typeof row.attributes[name] === 'number');
      return {
        key: `attribute:${name}`, label: name, numeric,
        value: (row) => (numeric ? (row.attributes?.[name] as number | undefined) ?? -Number.MAX_VALUE : attributeText(row.attributes?.[name])),
        cell: (row) => attributeText(row.attributes?.[name]) || '—',
      };
    });

    const organisations = table<Org>(`Organisations in view (${state.visible.nodes.length})`, state.visible.nodes, [
      { key: 'name', label: 'Name', value: (org) => org.name, cell: (org) => org.name },
      {
        key: 'kind', label: 'Kind', value: (org) => styles.kind(org.kind).label,
        cell: (org) => h('span', { class: 'kind-cell' }, [swatch(styles.kind(org.kind).colour, 'swatch swatch-dot'), styles.kind(org.kind).label]),
      },
      { key: 'inView', label: 'Ties in view', value: (org) => inView.get(org.id) ?? 0, cell: (org) => String(inView.get(org.id) ?? 0), numeric: true },
      { key: 'degree', label: 'Ties in total', value: (org) => org.degree, cell: (org) => String(org.degree), numeric: true },
      measureColumn('partners', 'Partners in view', String),
      measureColumn('betweenness', 'Betweenness', (value) => value.toFixed(3)),
      measureColumn('pagerank', 'PageRank', (value) => value.toFixed(3)),
      // Numbered from 1, largest first, as the legend names them.
      measureColumn('community', 'Community', (value) => String(value + 1)),
      ...attributeColumns(state.visible.nodes),
    ], orgSort, (org) => org.id, (org) => select(org.id), state.selected);

    const ties = table<TieRow>(`Ties in view (${state.visible.links.length})`, state.visible.links, [
      { key: 'from', label: 'From', value: (tie) => nameOf(tie.source), cell: (tie) => nameOf(tie.source) },
      {
        key: 'type', label: 'Tie', value: (tie) => styles.tie(tie.type).label,
        cell: (tie) => h('span', { class: 'kind-cell' }, [swatch(styles.tie(tie.type).colour, 'swatch swatch-line'), styles.tie(tie.type).label]),
      },
      { key: 'to', label: 'To', value: (tie) => nameOf(tie.target), cell: (tie) => nameOf(tie.target) },
      { key: 'since', label: 'When', value: (tie) => tie.since ?? '', cell: (tie) => dateRange(tie.since, tie.until) ?? '—' },
      {
        // A view read without evidence is read again with it as the table opens: "…" until it arrives.
        key: 'evidence', label: 'Evidence', value: (tie) => tie.evidence?.[0]?.title ?? '',
        cell: (tie) => {
          if (!tie.evidence) return '…';
          const [first] = tie.evidence;
          return first ? h('span', { class: 'evidence-cell', text: first.title, attrs: { title: evidenceText(first) } }) : '—';
        },
      },
      ...attributeColumns(state.visible.links),
    ], tieSort, (tie) => tie.id, (tie) => select(tie.source), null);

    element.replaceChildren(
      h('h2', { class: 'visually-hidden', text: 'Table view', attrs: { id: titleId } }),
      h('p', { class: 'muted small table-hint', text: 'Choose a row (click, or Enter after moving with ↑/↓) to select the organisation; in the ties table, the organisation the tie starts from.' }),
      organisations,
      ties,
    );
    if (focusSortKey) {
      element.querySelector<HTMLElement>(`th[aria-sort]:not([aria-sort="none"]) .sort-button`)?.focus();
    } else if (focusedRow) {
      element.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(focusedRow)}"]`)?.focus();
    }
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'table', 'visible', 'selected', 'meta', 'viewMeasures')) render(state);
  });
  render(store.get());
  return unsubscribe;
}
