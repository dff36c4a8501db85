// Add a tie from the selected organisation, with its evidence (the form will not send without it); end a tie
// (it stays, with an end date) or delete one (after an explicit confirmation).
import { ApiError, type Api } from '../api.ts';
import { actions, type AppState } from '../app-state.ts';
import { h } from '../dom.ts';
import { stylesFor, type GraphStyles } from '../graph/graph-styles.ts';
import { createCombobox, type Combobox } from '../panels/combobox.ts';
import type { Store } from '../store.ts';
import type { OrganisationDetail, OrganisationTie, SearchResult } from '../types.ts';
import type { CurationApi } from './curation-api.ts';
import { createEvidenceEditor } from './evidence-editor.ts';
import { endsBeforeStart, isPartialDate } from '../../server/contract/in-force.ts';
import { confirmDeletion, formAlert, openModal, selectField, showErrors, textArea, textField, type Field } from './dialog.ts';
import {
  DATE_HINT, emptyEvidence, formErrorsFrom, previewSentence, TIE_API_FIELDS, tieCreateBody, tieTypeOptions, validateTie,
  type TieForm,
} from './forms.ts';

// A 409 on create means a tie of this type already joins the two; the API's message addresses API users (PATCH …).
const DUPLICATE_TIE = 'These organisations already have a tie of this type: add your evidence to that tie instead.';

/** The tie as the details panel lists it, in a sentence: "WYAAT has as a member Leeds Teaching Hospitals NHS Trust". */
export const tieSentence = (org: OrganisationDetail, tie: OrganisationTie) => `${org.name} ${tie.label} ${tie.other.name}`;

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function problemText(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}

/** "To": an organisation chosen with the search's autocomplete, as a form field that can show an error. */
function organisationField(api: Api, styles: GraphStyles, chosen: (result: SearchResult) => void, cleared: () => void): { box: Combobox; field: Field<HTMLInputElement> } {
  const toBox = createCombobox({
    label: 'To',
    placeholder: 'Search for the other organisation',
    search: (query, signal) => api.search(query, signal),
    kind: (kind) => styles.kind(kind),
    name: 'to',
    onChoose: (result) => {
      toField.setError(null);
      chosen(result);
    },
  });
  toBox.input.addEventListener('input', () => {
    toField.setError(null);
    cleared();
  });
  toBox.element.querySelector('label')?.append(h('span', { class: 'required', text: ' (required)' }));
  const toError = h('p', { class: 'field-error', attrs: { id: `${toBox.input.id}-error` } });
  toError.hidden = true;
  const toField: Field<HTMLInputElement> = {
    element: h('div', { class: 'form-field' }, [toBox.element, toError]),
    control: toBox.input,
    setError(text) {
      toError.textContent = text ?? '';
      toError.hidden = !text;
      toField.element.classList.toggle('has-error', Boolean(text));
      if (text) {
        toBox.input.setAttribute('aria-invalid', 'true');
        toBox.input.setAttribute('aria-describedby', toError.id);
      } else {
        toBox.input.removeAttribute('aria-invalid');
        toBox.input.removeAttribute('aria-describedby');
      }
    },
  };
  return { box: toBox, field: toField };
}

export function openTieDialog(store: Store<AppState>, api: Api, curation: CurationApi, from: OrganisationDetail): void {
  const meta = store.get().meta;
  const styles = stylesFor(meta);
  const names = new Map<string, string>([[from.id, from.name]]);
  const nameOf = (id: string) => names.get(id) ?? store.get().names[id] ?? id;
  const draft: TieForm = { from: from.id, to: null, type: '', since: '', until: '', description: '', evidence: [emptyEvidence()] };

  // From: fixed, it is the selected organisation (read as "From: Leeds Hospitals Charity").
  const fromField = h('p', { class: 'form-field static-field' }, [
    h('span', { class: 'field-label', text: 'From' }),
    h('span', { class: 'static-value', text: from.name }),
  ]);

  // To: the same autocomplete as the search.
  const { box: toBox, field: toField } = organisationField(api, styles, (result) => {
    names.set(result.id, result.name);
    draft.to = result.id;
    preview();
  }, () => {
    draft.to = null;
    preview();
  });

  const typeOptions = tieTypeOptions(meta?.tieTypes ?? []);
  const type = selectField('Type of tie', '', [
    { choices: [{ value: '', label: 'Choose a type…' }] },
    { label: `From ${from.shortName ?? from.name} to the other`, choices: typeOptions.outgoing },
    { label: `From the other to ${from.shortName ?? from.name}`, choices: typeOptions.incoming },
  ], { name: 'type', required: true });
  const sentence = h('p', { class: 'tie-preview-sentence' });
  const previewBox = h('div', { class: 'tie-preview', attrs: { 'aria-live': 'polite' } }, [h('span', { class: 'tie-preview-label', text: 'Reads as' }), sentence]);
  function preview() {
    draft.type = type.control.value;
    const text = previewSentence(draft, nameOf, (id) => styles.tie(id).label);
    sentence.textContent = text || 'Choose the type of tie to see how it reads.';
    previewBox.classList.toggle('is-empty', !text);
  }
  type.control.addEventListener('change', () => {
    type.setError(null);
    preview();
  });

  const since = textField('Since', '', { name: 'since', hint: 'Year, month or date', inputmode: 'numeric', placeholder: 'e.g. 2019', className: 'form-field-half' });
  const until = textField('Until', '', { name: 'until', hint: 'Leave empty if it still holds', inputmode: 'numeric', placeholder: 'e.g. 2023-04', className: 'form-field-half' });
  const description = textArea('Description', '', { name: 'description', rows: 2, hint: 'A short note on what the tie involves.' });

  const sources = meta?.sources ?? [];
  const evidence = createEvidenceEditor(sources);

  const alert = formAlert();
  const save = h('button', { class: 'button button-primary', text: 'Add tie', attrs: { type: 'submit' } });
  const form = h('form', { class: 'edit-form', attrs: { novalidate: true, 'aria-label': 'New tie' } }, [
    alert.element,
    h('div', { class: 'form-grid' }, [fromField, toField.element, type.element, previewBox, since.element, until.element, description.element]),
    evidence.field.element,
    h('div', { class: 'modal-actions' }, [
      h('button', { class: 'button', text: 'Cancel', attrs: { type: 'button' }, on: { click: () => modal.close() } }),
      save,
    ]),
  ]);

  /** The fields in the order they appear, under the keys validation uses. */
  function fieldMap(): Record<string, Field> {
    return { to: toField, type, since, until, description, evidence: evidence.field, ...evidence.fields() };
  }

  function read(): TieForm {
    draft.type = type.control.value;
    draft.since = since.control.value;
    draft.until = until.control.value;
    draft.description = description.control.value;
    draft.evidence = evidence.read();
    return draft;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    alert.clear();
    const entered = read();
    const errors = validateTie(entered, sources.map((source) => source.id));
    if (showErrors(fieldMap(), errors)) {
      if (errors.evidence) evidence.focusFirst();
      return;
    }
    save.disabled = true;
    try {
      const body = tieCreateBody(entered);
      await curation.createTie(body);
      modal.close();
      const other = entered.to!;
      store.update((state) => {
        const drawn = new Set(state.visible.nodes.map((node) => node.id));
        // Make the new tie visible: when the other organisation is not drawn, open this one's neighbourhood.
        const expand = drawn.has(from.id) && drawn.has(other) ? {} : actions.expand(state, from.id) ?? {};
        return { ...expand, ...actions.dataChanged(state), names: { ...state.names, [other]: nameOf(other) } };
      });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 400) {
        const problems = formErrorsFrom(error.fieldErrors, error.serverMessage ?? error.message, TIE_API_FIELDS);
        showErrors(fieldMap(), problems.fields);
        if (problems.general.length) alert.show(problems.general.join(' '));
      } else if (error.status === 409) {
        alert.show(DUPLICATE_TIE);
      } else {
        alert.show(error.message);
      }
    } finally {
      save.disabled = false;
    }
  });

  const modal = openModal({
    title: `Add a tie from ${from.name}`,
    intro: 'Every tie needs evidence: the sentence of a source that states it.',
    wide: true,
    content: form,
    onClose: () => toBox.destroy(),
  });
  preview();
  toBox.focus();
}

export function openEndTieDialog(store: Store<AppState>, curation: CurationApi, org: OrganisationDetail, tie: OrganisationTie): void {
  const until = textField('Ended on', today(), { name: 'until', hint: DATE_HINT, inputmode: 'numeric', required: true });
  const alert = formAlert();
  const confirm = h('button', { class: 'button button-primary', text: 'End tie', attrs: { type: 'submit' } });
  const form = h('form', { class: 'edit-form', attrs: { novalidate: true, 'aria-label': 'End the tie' } }, [
    alert.element,
    h('p', { class: 'confirm-sentence', text: tieSentence(org, tie) }),
    h('p', { class: 'muted small', text: 'The tie stays in the network and its history, marked with the date it ended.' }),
    until.element,
    h('div', { class: 'modal-actions' }, [
      h('button', { class: 'button', text: 'Cancel', attrs: { type: 'button' }, on: { click: () => modal.close() } }),
      confirm,
    ]),
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    alert.clear();
    const value = until.control.value.trim();
    if (!isPartialDate(value)) {
      until.setError(DATE_HINT);
      until.control.focus();
      return;
    }
    if (tie.since && endsBeforeStart(tie.since, value)) {
      until.setError(`It cannot end before it started (${tie.since}).`);
      until.control.focus();
      return;
    }
    confirm.disabled = true;
    try {
      await curation.endTie(tie.id, { until: value });
      modal.close();
      store.update((state) => actions.dataChanged(state));
    } catch (error) {
      alert.show(problemText(error, 'The tie could not be ended.'));
    } finally {
      confirm.disabled = false;
    }
  });
  const modal = openModal({ title: 'End this tie', content: form });
  until.control.focus();
  until.control.select();
}

export function openDeleteTieDialog(store: Store<AppState>, curation: CurationApi, org: OrganisationDetail, tie: OrganisationTie): void {
  confirmDeletion({
    title: 'Delete this tie?',
    label: 'Delete the tie',
    button: 'Delete tie',
    sentence: tieSentence(org, tie),
    explanation: 'Deleting removes it from the network and from paths; the history keeps a record. If the tie was real but has ended, end it instead.',
    async remove() {
      await curation.deleteTie(tie.id);
      store.update((state) => actions.dataChanged(state));
    },
    problem: (error) => problemText(error, 'The tie could not be deleted.'),
  });
}
