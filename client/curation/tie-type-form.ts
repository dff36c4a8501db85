// "Tie types" in the Edit tab: a curator adds a tie type to the network shown (label, inverse label, symmetric,
// colour); its id is made from the label. The legend and filters follow at once (the vocabulary is read again).
import { ApiError, queryString, type Api } from '../api.ts';
import type { AppState } from '../app-state.ts';
import { h, uid } from '../dom.ts';
import { networkParam } from '../network.ts';
import type { Store } from '../store.ts';
import { currentToken } from './session.ts';
import { send } from './write-request.ts';

/** MARRIED_INTO from "is married into": upper case words without the leading "is"/"has", as the ids read. */
export function tieTypeId(label: string): string {
  const words = label.trim().toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  const kept = words.length > 1 && ['IS', 'HAS', 'ARE'].includes(words[0]!) ? words.slice(1) : words;
  return kept.join('_').replace(/^[^A-Z]+/, '').slice(0, 60);
}

export function createTieTypeForm(store: Store<AppState>, api: Api): HTMLElement {
  const field = (label: string, input: HTMLElement, id: string) => [h('label', { class: 'field-label', text: label, attrs: { for: id } }), input];
  const ids = { label: uid('tie-type-label'), inverse: uid('tie-type-inverse'), symmetric: uid('tie-type-symmetric'), colour: uid('tie-type-colour') };
  const label = h('input', { class: 'text-input', attrs: { id: ids.label, name: 'label', maxlength: 100, placeholder: 'is married into' } });
  const inverse = h('input', { class: 'text-input', attrs: { id: ids.inverse, name: 'inverseLabel', maxlength: 100, placeholder: 'is married into (the same when both ways)' } });
  const symmetric = h('input', { attrs: { id: ids.symmetric, type: 'checkbox', name: 'symmetric' } });
  const colour = h('input', { attrs: { id: ids.colour, type: 'color', name: 'colour', value: '#c0392b' } });
  const message = h('p', { class: 'form-message', attrs: { role: 'status' } });
  const submit = h('button', { class: 'button', text: 'Add tie type', attrs: { type: 'submit' } });
  symmetric.addEventListener('change', () => {
    inverse.disabled = symmetric.checked;
  });
  const form = h('form', { class: 'tie-type-form', attrs: { novalidate: true, 'aria-label': 'Add a tie type' } }, [
    h('h4', { class: 'subsection-title', text: 'Add a tie type' }),
    // Labels avoid the words other forms use (source, from, to …), so each control keeps a name of its own.
    ...field('Forward wording', label, ids.label),
    ...field('Backward wording', inverse, ids.inverse),
    h('div', { class: 'checkbox-row' }, [symmetric, h('label', { text: 'Same both ways', attrs: { for: ids.symmetric } })]),
    ...field('Line colour', colour, ids.colour),
    message,
    h('div', { class: 'button-row' }, [submit]),
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const id = tieTypeId(label.value);
    message.textContent = '';
    if (!id) {
      message.textContent = 'Give the tie type a label, e.g. "is married into".';
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
      const errors = error instanceof ApiError ? (error.body as { errors?: { message: string }[] } | null)?.errors : undefined;
      message.textContent = errors?.length ? errors.map((item) => item.message).join('; ') : error instanceof Error ? error.message : 'The tie type could not be added.';
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
