// Building blocks of the edit forms: a modal <dialog> (focus kept inside, Escape closes, focus returns to the
// button that opened it) and labelled fields whose hint and error are tied to the control for screen readers.
import { ApiError } from '../api.ts';
import { h, uid } from '../dom.ts';
import { formErrorsFrom } from './forms.ts';

export interface Modal {
  dialog: HTMLDialogElement;
  close(): void;
}

export interface ModalOptions {
  title: string;
  /** One line under the title. */
  intro?: string;
  wide?: boolean;
  /** The form (or other content) of the dialog. */
  content: HTMLElement;
  onClose?: () => void;
}

export function openModal(options: ModalOptions): Modal {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const titleId = uid('modal-title');
  const introId = uid('modal-intro');
  const dialog = h('dialog', {
    class: `modal${options.wide ? ' modal-wide' : ''}`,
    attrs: { 'aria-labelledby': titleId, 'aria-describedby': options.intro ? introId : null },
  }, [
    h('div', { class: 'modal-head' }, [
      h('h2', { class: 'modal-title', text: options.title, attrs: { id: titleId } }),
      h('button', { class: 'modal-close', text: '×', attrs: { type: 'button', 'aria-label': 'Close', title: 'Close (Esc)' }, on: { click: () => close() } }),
    ]),
    options.intro ? h('p', { class: 'modal-intro', text: options.intro, attrs: { id: introId } }) : null,
    options.content,
  ]);
  let closed = false;
  function close() {
    if (closed) return;
    closed = true;
    if (dialog.open) dialog.close();
    dialog.remove();
    options.onClose?.();
    if (opener?.isConnected) opener.focus();
  }
  dialog.addEventListener('close', close);
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, close };
}

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Field<C extends Control = Control> {
  element: HTMLElement;
  control: C;
  setError(text: string | null | undefined): void;
}

export interface FieldOptions {
  name: string;
  hint?: string;
  required?: boolean;
  className?: string;
}

function labelled<C extends Control>(label: string, control: C, options: FieldOptions): Field<C> {
  const id = control.id || uid(`field-${options.name}`);
  control.id = id;
  control.name = options.name;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const error = h('p', { class: 'field-error', attrs: { id: errorId } });
  error.hidden = true;
  const describedBy = () => [options.hint ? hintId : null, error.hidden ? null : errorId].filter(Boolean).join(' ');
  if (options.required) control.setAttribute('aria-required', 'true');
  const element = h('div', { class: `form-field${options.className ? ` ${options.className}` : ''}` }, [
    h('label', { class: 'field-label', attrs: { for: id } }, [label, options.required ? h('span', { class: 'required', text: ' (required)' }) : null]),
    options.hint ? h('p', { class: 'field-hint', text: options.hint, attrs: { id: hintId } }) : null,
    control,
    error,
  ]);
  const sync = () => {
    const ids = describedBy();
    if (ids) control.setAttribute('aria-describedby', ids);
    else control.removeAttribute('aria-describedby');
  };
  sync();
  const field: Field<C> = {
    element,
    control,
    setError(text) {
      error.textContent = text ?? '';
      error.hidden = !text;
      element.classList.toggle('has-error', Boolean(text));
      if (text) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      sync();
    },
  };
  // A problem is said until the field is changed: then it is for the next check to say again.
  const clear = () => {
    if (!error.hidden) field.setError(null);
  };
  control.addEventListener('input', clear);
  control.addEventListener('change', clear);
  return field;
}

export function textField(label: string, value: string, options: FieldOptions & { type?: string; autocomplete?: string; inputmode?: string; placeholder?: string }): Field<HTMLInputElement> {
  const input = h('input', {
    class: 'text-input',
    attrs: { type: options.type ?? 'text', autocomplete: options.autocomplete ?? 'off', inputmode: options.inputmode ?? null, placeholder: options.placeholder ?? null, spellcheck: 'false' },
  });
  input.value = value;
  return labelled(label, input, options);
}

export function textArea(label: string, value: string, options: FieldOptions & { rows?: number }): Field<HTMLTextAreaElement> {
  const area = h('textarea', { class: 'text-input', attrs: { rows: options.rows ?? 3 } });
  area.value = value;
  return labelled(label, area, options);
}

export interface Choice {
  value: string;
  label: string;
}

export function selectField(label: string, value: string, groups: Array<{ label?: string; choices: Choice[] }>, options: FieldOptions): Field<HTMLSelectElement> {
  const select = h('select');
  for (const group of groups) {
    const options = group.choices.map((choice) => h('option', { text: choice.label, attrs: { value: choice.value } }));
    if (group.label) select.append(h('optgroup', { attrs: { label: group.label } }, options));
    else select.append(...options);
  }
  select.value = value;
  return labelled(label, select, options);
}

/** The message at the top of a form (problems not tied to one field, conflicts), with an optional action. */
export function formAlert(): { element: HTMLElement; show(text: string, action?: { label: string; run: () => void }): void; clear(): void } {
  const element = h('div', { class: 'form-alert', attrs: { role: 'alert' } });
  element.hidden = true;
  return {
    element,
    show(text, action) {
      element.replaceChildren(h('p', { text }));
      if (action) element.append(h('button', { class: 'button button-small', text: action.label, attrs: { type: 'button' }, on: { click: action.run } }));
      element.hidden = false;
      element.scrollIntoView({ block: 'nearest' });
    },
    clear() {
      element.replaceChildren();
      element.hidden = true;
    },
  };
}

/** Shows `errors` on the fields they name (and clears the rest); focuses the first field in error. */
export function showErrors(fields: Record<string, Field | undefined>, errors: Record<string, string>, focus = true): boolean {
  let first: Field | null = null;
  for (const [key, field] of Object.entries(fields)) {
    const text = errors[key];
    field?.setError(text);
    if (text && field && !first) first = field;
  }
  if (focus) first?.control.focus();
  return Boolean(first);
}

export interface Deletion {
  title: string;
  /** The form's accessible name, e.g. "Delete the tie". */
  label: string;
  button: string;
  /** What goes, in one sentence. */
  sentence: string;
  /** What deleting means, and the gentler alternative. */
  explanation: string;
  /** Deletes and updates the view; the dialog closes when it resolves. */
  remove(): Promise<void>;
  /** The words shown in the dialog when `remove` fails. */
  problem(error: unknown): string;
}

/** Asks before deleting. Cancel has the focus, so Enter alone deletes nothing. */
export function confirmDeletion(deletion: Deletion): void {
  const alert = formAlert();
  const remove = h('button', { class: 'button button-danger', text: deletion.button, attrs: { type: 'submit' } });
  const cancel = h('button', { class: 'button', text: 'Cancel', attrs: { type: 'button' }, on: { click: () => modal.close() } });
  const form = h('form', { class: 'edit-form', attrs: { 'aria-label': deletion.label } }, [
    alert.element,
    h('p', { class: 'confirm-sentence', text: deletion.sentence }),
    h('p', { text: deletion.explanation }),
    h('div', { class: 'modal-actions' }, [cancel, remove]),
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    alert.clear();
    remove.disabled = true;
    try {
      await deletion.remove();
      modal.close();
    } catch (error) {
      alert.show(deletion.problem(error));
    } finally {
      remove.disabled = false;
    }
  });
  const modal = openModal({ title: deletion.title, content: form });
  cancel.focus();
}

/**
 * A refused write in words: a 400's problems beside the fields they name (`apiFields` maps the API's field names to
 * the keys of `fields`), anything else, such as a 409's own message, in `message`.
 */
export function showRefusal(error: unknown, fields: Readonly<Record<string, Field | undefined>>, apiFields: Readonly<Record<string, string>>, message: HTMLElement, fallback: string): void {
  if (error instanceof ApiError && error.status === 400) {
    const problems = formErrorsFrom(error.fieldErrors, error.serverMessage ?? error.message, apiFields);
    for (const [key, text] of Object.entries(problems.fields)) fields[key]?.setError(text);
    message.textContent = problems.general.join(' ');
  } else {
    message.textContent = error instanceof Error ? error.message : fallback;
  }
}
