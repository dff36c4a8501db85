// Bulk import: choose a file (the JSON export, the CSV export's zip or GraphML), check it with a dry run, read the
// report row by row, and apply it — only when no row is rejected. The server writes all of it or nothing.
import { ApiError } from '../api.ts';
import { actions, type AppState } from '../app-state.ts';
import { h, uid } from '../dom.ts';
import type { Store } from '../store.ts';
import type { ImportReport } from '../types.ts';
import type { CurationApi } from './curation-api.ts';
import { formAlert, openModal, selectField } from './dialog.ts';
import { listInWords } from './change-words.ts';
import { canApply, importFormatFor, reportRows, summariseReport } from './forms.ts';
import { IMPORT_FORMATS, type ImportFormat } from '../../server/contract/formats.ts';

/** Every format the API imports must have a label here (the compiler checks). */
const FORMAT_LABELS: Record<ImportFormat, string> = { json: 'JSON export', csv: 'CSV export (zip)', graphml: 'GraphML' };

const MAX_ROWS_SHOWN = 500;
const ACTION_WORDS = { create: 'New', update: 'Changed', reject: 'Rejected' } as const;
const ENTITY_WORDS = { file: 'File', organisation: 'Organisation', tie: 'Tie', kind: 'Kind', tieType: 'Tie type' } as const;

export function openImportDialog(store: Store<AppState>, curation: CurationApi): void {
  let report: ImportReport | null = null;
  let busy = false;

  const fileId = uid('import-file');
  const file = h('input', { class: 'file-input', attrs: { id: fileId, type: 'file', name: 'file', accept: '.json,.zip,.csv,.graphml,.xml', 'aria-describedby': `${fileId}-hint` } });
  const format = selectField('Format', '', [{
    choices: [
      { value: '', label: 'From the file name' },
      ...IMPORT_FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] })),
    ],
  }], { name: 'format', className: 'form-field-format' });
  const alert = formAlert();
  const summary = h('p', { class: 'import-summary' });
  const results = h('div', { class: 'import-results', attrs: { 'aria-live': 'polite' } });
  const check = h('button', { class: 'button button-primary', text: 'Check file', attrs: { type: 'submit' } });
  const apply = h('button', { class: 'button button-primary', text: 'Apply import', attrs: { type: 'button', disabled: true } });
  const close = h('button', { class: 'button', text: 'Close', attrs: { type: 'button' }, on: { click: () => modal.close() } });

  const form = h('form', { class: 'edit-form', attrs: { novalidate: true, 'aria-label': 'Import a file' } }, [
    alert.element,
    h('div', { class: 'form-grid' }, [
      h('div', { class: 'form-field form-field-file' }, [
        h('label', { class: 'field-label', text: 'File', attrs: { for: fileId } }),
        h('p', { class: 'field-hint', text: 'The explorer’s JSON export, its CSV export (zip) or GraphML. Organisations are matched by id.', attrs: { id: `${fileId}-hint` } }),
        file,
      ]),
      format.element,
    ]),
    h('div', { class: 'button-row' }, [check]),
    results,
    h('div', { class: 'modal-actions' }, [close, apply]),
  ]);

  const chosenFormat = (): ImportFormat | null => (format.control.value as ImportFormat | '') || (file.files?.[0] ? importFormatFor(file.files[0].name) : null);

  function reset() {
    report = null;
    results.replaceChildren();
    apply.disabled = true;
    alert.clear();
  }
  file.addEventListener('change', () => {
    reset();
    const chosen = file.files?.[0];
    if (chosen && !format.control.value && !importFormatFor(chosen.name)) {
      alert.show('The format cannot be told from the file name: choose it in the Format list.');
    }
  });
  format.control.addEventListener('change', reset);

  function table(rows: ImportReport['rows']): HTMLElement {
    const shown = rows.slice(0, MAX_ROWS_SHOWN);
    // data-label names each cell where a phone shows a row as a card (the column headings are then hidden).
    const body = h('tbody', {}, shown.map((row) => h('tr', { class: `import-row is-${row.action}` }, [
      h('td', { text: row.ref, attrs: { 'data-label': 'Where' } }),
      h('td', { text: ENTITY_WORDS[row.entity], attrs: { 'data-label': 'What' } }),
      h('td', { class: 'import-id', text: row.id ?? '—', attrs: { 'data-label': 'Id' } }),
      h('td', { attrs: { 'data-label': 'Result' } }, [h('span', { class: `badge badge-${row.action}`, text: ACTION_WORDS[row.action] })]),
      h('td', { attrs: { 'data-label': 'Details' } }, [
        row.action === 'reject'
          ? h('ul', { class: 'reasons' }, row.reasons.map((reason) => h('li', { text: reason })))
          : row.fields?.length ? `Changes ${listInWords(row.fields)}` : row.reasons.join(' '),
      ]),
    ])));
    return h('div', { class: 'table-scroll import-table-scroll' }, [
      h('table', { class: 'data-table import-table' }, [
        h('caption', { text: report?.committed ? 'What was imported' : 'What the import would do, row by row' }),
        h('thead', {}, [h('tr', {}, ['Where', 'What', 'Id', 'Result', 'Details'].map((label) => h('th', { class: 'plain-th', text: label, attrs: { scope: 'col' } })))]),
        body,
      ]),
      rows.length > shown.length ? h('p', { class: 'muted small', text: `${(rows.length - shown.length).toLocaleString('en-GB')} more rows are not shown.` }) : null,
    ]);
  }

  function show(next: ImportReport) {
    report = next;
    const rows = reportRows(next);
    summary.textContent = summariseReport(next);
    summary.className = `import-summary ${next.valid ? (next.committed ? 'is-done' : 'is-ok') : 'is-rejected'}`;
    results.replaceChildren(summary, rows.length ? table(rows) : h('p', { class: 'muted small', text: 'Every row matches what is already stored.' }));
    apply.disabled = !canApply(next);
    apply.hidden = next.committed;
  }

  async function run(dryRun: boolean) {
    if (busy) return;
    alert.clear();
    const chosen = file.files?.[0];
    if (!chosen) {
      alert.show('Choose a file to import.');
      file.focus();
      return;
    }
    const kind = chosenFormat();
    if (!kind) {
      alert.show('Choose the format of the file in the Format list.');
      format.control.focus();
      return;
    }
    busy = true;
    check.disabled = true;
    apply.disabled = true;
    summary.className = 'import-summary';
    summary.textContent = dryRun ? 'Checking the file…' : 'Importing…';
    results.replaceChildren(summary);
    try {
      const answer = await curation.importFile(chosen, kind, dryRun);
      show(answer);
      if (answer.committed) store.update((state) => actions.dataChanged(state));
    } catch (error) {
      results.replaceChildren();
      alert.show(error instanceof ApiError ? error.message : 'The file could not be sent.');
    } finally {
      busy = false;
      check.disabled = false;
      if (report && !report.committed) apply.disabled = !canApply(report);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });
  apply.addEventListener('click', () => void run(false));

  const modal = openModal({
    title: 'Import organisations and ties',
    intro: 'Check a file first: nothing is written until you apply it, and only when no row is rejected.',
    wide: true,
    content: form,
  });
  file.focus();
}
