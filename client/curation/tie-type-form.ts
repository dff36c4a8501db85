// "Tie types" in the Edit tab: a curator adds a tie type to the network shown (label, inverse label, symmetric,
// colour); its id is made from the label. The legend and filters follow at once (the vocabulary is read again); a
// 400 marks the field it is about.
import { queryString, type Api } from '../api.ts';
import type { AppState } from '../app-state.ts';
import { h, uid } from '../dom.ts';
import { networkParam } from '../network.ts';
import type { Store } from '../store.ts';
import { currentToken } from './session.ts';
import { showRefusal, textField } from './dialog.ts';
import { send } from './write-request.ts';

/** MARRIED_INTO from "is married into": upper case words without the leading "is"/"has", as the ids read. */
export function tieTypeId(label: string): string {
  const words = label.trim().toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  const kept = words.length > 1 && ['IS', 'HAS', 'ARE'].includes(words[0]!) ? words.slice(1) : words;
  return kept.join('_').replace(/^[^A-Z]+/, '').slice(0, 60);
}

/** The API's fields as this form's: the id is made from the forward wording. */
const API_FIELDS: Record<string, string> = { id: 'label', label: 'label', inverseLabel: 'inverse', colour: 'colour' };

export function createTieTypeForm(store: Store<AppState>, api: Api): HTMLElement {
  // Labels avoid the words other forms use (source, from, to …), so each control keeps a name of its own.
  const fields = {
    label: textField('Forward wording', '', { name: 'label', placeholder: 'is married into' }),
    inverse: textField('Backward wording', '', { name: 'inverseLabel', placeholder: 'is married into (the same when both ways)' }),
    colour: textField('Line colour', '#c0392b', { name: 'colour', type: 'color' }),
  };
  const label = fields.label.control;
  const inverse = fields.inverse.control;
  const colour = fields.colour.control;
  const symmetricId = uid('tie-type-symmetric');
  const symmetric = h('input', { attrs: { id: symmetricId, type: 'checkbox', name: 'symmetric' } });
  const message = h('p', { class: 'form-message', attrs: { role: 'status' } });
  const submit = h('button', { class: 'button', text: 'Add tie type', attrs: { type: 'submit' } });
  symmetric.addEventListener('change', () => {
    inverse.disabled = symmetric.checked;
  });
  const form = h('form', { class: 'tie-type-form', attrs: { novalidate: true, 'aria-label': 'Add a tie type' } }, [
    h('h4', { class: 'subsection-title', text: 'Add a tie type' }),
    fields.label.element,
    fields.inverse.element,
    h('div', { class: 'checkbox-row' }, [symmetric, h('label', { text: 'Same both ways', attrs: { for: symmetricId } })]),
    fields.colour.element,
    message,
    h('div', { class: 'button-row' }, [submit]),
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const id = tieTypeId(label.value);
    message.textContent = '';
    if (!id) {
      fields.label.setError('Give the tie type a label, e.g. "is married into".');
      label.focus();
      return;
    }
    const body = {
      id,
      label: label.value.trim(),
      colour: colour.value,
      symmetric: symmetric.checked,
      ...(!symmetric.checked && inverse.value.trim() ? { inverseLabel: inverse.value.trim() } : {}),
    };
    submit.disabled = true;
    try {
      await send(currentToken(), 'POST', `/api/vocabulary/tie-types${queryString(networkParam())}`, JSON.stringify(body));
      message.textContent = `Added the tie type ${id}.`;
      label.value = '';
      inverse.value = '';
      store.update({ meta: await api.meta() });
    } catch (error) {
      showRefusal(error, fields, API_FIELDS, message, 'The tie type could not be added.');
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
