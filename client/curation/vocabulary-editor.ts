// "Vocabulary" in the Edit tab: the network's kinds and tie types, each with Edit and Delete, a form that adds a kind
// (its id made from its name) and the form that adds a tie type. Every write reads /api/meta again, so the legend,
// filters and drawing use the new names and colours at once. A 400 puts each problem beside its field (from the
// answer's `errors`); a 409 (in use) is shown as the server words it.
import { queryString, type Api } from '../api.ts';
import type { AppState } from '../app-state.ts';
import { h, lineSample, swatch, uid } from '../dom.ts';
import { networkParam } from '../network.ts';
import { changed, type Store } from '../store.ts';
import type { Kind, Meta, TieType } from '../types.ts';
import { showRefusal, textArea, textField, type Field } from './dialog.ts';
import { currentToken } from './session.ts';
import { createTieTypeForm } from './tie-type-form.ts';
import { send } from './write-request.ts';

type VocabularyField = 'label' | 'plural' | 'inverseLabel' | 'pastLabel' | 'colour' | 'description';
type Values = Partial<Record<VocabularyField, string>>;

interface FieldSpec {
  key: VocabularyField;
  label: string;
  type?: 'color' | 'area';
}

const KIND_FIELDS: FieldSpec[] = [
  { key: 'label', label: 'Kind name' },
  { key: 'plural', label: 'Plural name' },
  { key: 'colour', label: 'Kind colour', type: 'color' },
  { key: 'description', label: 'Kind description', type: 'area' },
];

const tieTypeFields = (type: TieType): FieldSpec[] => [
  { key: 'label', label: 'Wording' },
  ...(type.symmetric ? [] : [{ key: 'inverseLabel', label: 'Wording the other way' } as const]),
  { key: 'pastLabel', label: 'Wording once ended' },
  { key: 'colour', label: 'Colour of the line', type: 'color' },
  { key: 'description', label: 'Meaning', type: 'area' },
];

/** The API's field names are the form's, and the id of a new kind is made from its name. */
const API_FIELDS: Record<string, VocabularyField> = {
  id: 'label', label: 'label', plural: 'plural', inverseLabel: 'inverseLabel', pastLabel: 'pastLabel', colour: 'colour', description: 'description',
};

/** "NHS trust" → "nhs-trust": the lower-case slug a kind id is. */
export function kindId(label: string): string {
  return label.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+/, '').replace(/-+$/, '').slice(0, 60).replace(/-+$/, '');
}

/** The body of a PATCH: only what changed, an emptied past wording as null (made from the wording again). */
export function vocabularyPatch(values: Values, original: Values): Values & { pastLabel?: string | null } | null {
  const patch: Record<string, string | null> = {};
  for (const [key, raw] of Object.entries(values) as [VocabularyField, string][]) {
    const value = raw.trim();
    const before = original[key] ?? '';
    const same = key === 'colour' ? value.toLowerCase() === before.toLowerCase() : value === before;
    if (!same) patch[key] = key === 'pastLabel' && !value ? null : value;
  }
  return Object.keys(patch).length ? patch : null;
}

const path = (collection: 'kinds' | 'tie-types', id?: string) =>
  `/api/vocabulary/${collection}${id ? `/${encodeURIComponent(id)}` : ''}${queryString(networkParam())}`;

export function createVocabularyEditor(store: Store<AppState>, api: Api): { element: HTMLElement; dispose(): void } {
  const titleId = uid('vocabulary-title');
  const title = h('h3', { class: 'section-title', text: 'Vocabulary', attrs: { id: titleId, tabindex: -1 } });
  const lists = h('div', { class: 'vocabulary-lists' });
  const status = h('p', { class: 'form-message', attrs: { role: 'status' } });
  const formSlot = h('div', { class: 'vocabulary-form' });
  const element = h('section', { class: 'vocabulary-editor', attrs: { 'aria-labelledby': titleId } }, [
    title,
    h('p', { class: 'muted small', text: 'The kinds of organisation and the tie types of the network shown. Renaming keeps the id; only unused entries can be deleted.' }),
    lists,
    status,
    formSlot,
    createTieTypeForm(store, api),
  ]);

  /** Sends a write; on success reads the vocabulary again and says `done`, on a 400 marks the fields it names. */
  async function write(method: string, url: string, body: object | undefined, fields: Partial<Record<VocabularyField, Field>>, done: string): Promise<boolean> {
    status.textContent = '';
    try {
      await send(currentToken(), method, url, body === undefined ? undefined : JSON.stringify(body));
      store.update({ meta: await api.meta() });
      status.textContent = done;
      return true;
    } catch (error) {
      showRefusal(error, fields, API_FIELDS, status, 'The vocabulary could not be changed.');
      return false;
    }
  }

  function form(heading: string, specs: FieldSpec[], values: Values, action: string, save: (values: Values, fields: Partial<Record<VocabularyField, Field>>) => Promise<boolean>, note?: string): HTMLFormElement {
    const fields: Partial<Record<VocabularyField, Field>> = {};
    for (const spec of specs) {
      const value = values[spec.key] ?? '';
      fields[spec.key] = spec.type === 'area'
        ? textArea(spec.label, value, { name: spec.key, rows: 2 })
        : textField(spec.label, value, { name: spec.key, ...(spec.type ? { type: spec.type } : {}) });
    }
    const submit = h('button', { class: 'button', text: action, attrs: { type: 'submit' } });
    const editing = Boolean(note);
    const cancel = editing ? h('button', { class: 'button button-quiet', text: 'Cancel', attrs: { type: 'button' }, on: { click: () => showAddKind(true) } }) : null;
    const element = h('form', { class: 'vocabulary-entry-form', attrs: { novalidate: true, 'aria-label': heading } }, [
      h('h4', { class: 'subsection-title', text: heading }),
      note ? h('p', { class: 'muted small', text: note }) : null,
      ...Object.values(fields).map((field) => field.element),
      h('div', { class: 'button-row' }, [submit, cancel]),
    ]);
    element.addEventListener('submit', async (event) => {
      event.preventDefault();
      const entered = Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.control.value])) as Values;
      submit.disabled = true;
      try {
        if (await save(entered, fields)) showAddKind(editing);
      } finally {
        submit.disabled = false;
      }
    });
    return element;
  }

  function showAddKind(focus = false) {
    const added = form('Add a kind', KIND_FIELDS, { colour: '#7f8c8d' }, 'Add kind', async (values, fields) => {
      const id = kindId(values.label ?? '');
      if (!id) {
        fields.label?.setError('Give the kind a name that starts with a letter, e.g. "Charity".');
        return false;
      }
      const label = values.label!.trim();
      const plural = values.plural?.trim();
      const description = values.description?.trim();
      const body = { id, label, colour: values.colour, ...(plural ? { plural } : {}), ...(description ? { description } : {}) };
      return write('POST', path('kinds'), body, fields, `Added the kind ${label} (${id}).`);
    });
    formSlot.replaceChildren(added);
    if (focus) added.querySelector<HTMLElement>('input')?.focus();
  }

  function edit(entry: Kind | TieType, collection: 'kinds' | 'tie-types') {
    const isKind = collection === 'kinds';
    const specs = isKind ? KIND_FIELDS : tieTypeFields(entry as TieType);
    const original = entry as Values;
    const editor = form(`Edit the ${isKind ? 'kind' : 'tie type'} “${entry.label}”`, specs, original, 'Save changes', async (values, fields) => {
      const patch = vocabularyPatch(values, original);
      if (!patch) return true;
      return write('PATCH', path(collection, entry.id), patch, fields, `Saved the ${isKind ? 'kind' : 'tie type'} ${entry.id}.`);
    }, `Its id, ${entry.id}, stays the same.`);
    formSlot.replaceChildren(editor);
    editor.querySelector<HTMLElement>('input')?.focus();
  }

  async function remove(entry: Kind | TieType, collection: 'kinds' | 'tie-types') {
    const what = collection === 'kinds' ? 'kind' : 'tie type';
    if (await write('DELETE', path(collection, entry.id), undefined, {}, `Deleted the ${what} ${entry.label}.`)) title.focus();
  }

  function row(entry: Kind | TieType, collection: 'kinds' | 'tie-types', sample: Element, words: (HTMLElement | string)[]): HTMLElement {
    const what = `${collection === 'kinds' ? 'kind' : 'tie type'} ${entry.label}`;
    return h('li', { class: 'vocabulary-row' }, [
      sample,
      h('span', { class: 'vocabulary-words' }, words),
      h('button', { class: 'button button-small', text: 'Edit', attrs: { type: 'button', 'aria-label': `Edit the ${what}` }, on: { click: () => edit(entry, collection) } }),
      h('button', { class: 'button button-small button-quiet button-quiet-danger', text: 'Delete', attrs: { type: 'button', 'aria-label': `Delete the ${what}` }, on: { click: () => void remove(entry, collection) } }),
    ]);
  }

  function renderLists(meta: Meta | null) {
    const kinds = meta?.kinds ?? [];
    const types = meta?.tieTypes ?? [];
    lists.replaceChildren(
      h('h4', { class: 'subsection-title', text: 'Kinds' }),
      h('ul', { class: 'vocabulary-list', attrs: { 'aria-label': 'Kinds' } }, kinds.map((kind) =>
        row(kind, 'kinds', swatch(kind.colour, 'swatch swatch-dot'), [kind.label, h('span', { class: 'muted', text: ` · ${kind.plural}` })]))),
      h('h4', { class: 'subsection-title', text: 'Tie types' }),
      h('ul', { class: 'vocabulary-list', attrs: { 'aria-label': 'Tie types' } }, types.map((type) =>
        row(type, 'tie-types', lineSample(type.colour, type.dash, type.symmetric), type.symmetric
          ? [type.label, h('span', { class: 'muted', text: ' · same both ways' })]
          : [type.label, h('span', { class: 'muted', text: ` / ${type.inverseLabel}` })]))),
    );
  }

  renderLists(store.get().meta);
  showAddKind();
  const unsubscribe = store.subscribe((state, previous) => {
    if (changed(state, previous, 'meta')) renderLists(state.meta);
  });
  return { element, dispose: unsubscribe };
}
