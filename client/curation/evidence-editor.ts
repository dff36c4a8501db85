// The evidence part of the new-tie form: one item to start with, more on request, each a listed source or a web
// page (address and title) with the quoted sentence; removable while more than one is left.
import { h, uid } from '../dom.ts';
import type { Meta } from '../types.ts';
import { selectField, textArea, textField, type Field } from './dialog.ts';
import { WEB_PAGE, type TieForm } from './forms.ts';

interface EvidenceItem {
  element: HTMLElement;
  source: Field<HTMLSelectElement>;
  url: Field<HTMLInputElement>;
  title: Field<HTMLInputElement>;
  quote: Field<HTMLTextAreaElement>;
}

export interface EvidenceEditor {
  /** The fieldset, and the field validation reports "evidence" errors on. */
  readonly field: Field;
  /** Each item's fields under the keys validation uses (`evidence.0.source`, …). */
  fields(): Record<string, Field>;
  read(): TieForm['evidence'];
  focusFirst(): void;
}

export function createEvidenceEditor(sources: NonNullable<Meta['sources']>): EvidenceEditor {
  const list = h('ol', { class: 'evidence-items' });
  const evidenceError = h('p', { class: 'field-error', attrs: { id: uid('evidence-error') } });
  evidenceError.hidden = true;
  const items: EvidenceItem[] = [];
  const addEvidence = h('button', { class: 'button button-quiet', text: '+ Add another evidence item', attrs: { type: 'button' }, on: { click: () => addItem(true) } });
  const evidenceSet = h('fieldset', { class: 'evidence-fieldset', attrs: { 'aria-describedby': evidenceError.id } }, [
    h('legend', {}, ['Evidence', h('span', { class: 'required', text: ' (required)' })]),
    h('p', { class: 'field-hint', text: 'Quote the exact sentence that states this tie, from a listed source or from a web page.' }),
    evidenceError,
    list,
    addEvidence,
  ]);
  evidenceSet.addEventListener('input', () => evidenceField.setError(null));
  evidenceSet.addEventListener('change', () => evidenceField.setError(null));
  const evidenceField: Field = {
    element: evidenceSet,
    get control() {
      return items[0]!.source.control;
    },
    setError(text) {
      evidenceError.textContent = text ?? '';
      evidenceError.hidden = !text;
      evidenceSet.classList.toggle('has-error', Boolean(text));
    },
  };

  function renumber() {
    items.forEach((item, index) => {
      const heading = item.element.querySelector('.evidence-item-title');
      if (heading) heading.textContent = `Evidence ${index + 1}`;
      const remove = item.element.querySelector<HTMLButtonElement>('.evidence-remove');
      if (remove) {
        remove.hidden = items.length === 1;
        remove.setAttribute('aria-label', `Remove evidence ${index + 1}`);
      }
    });
  }

  function addItem(focus: boolean) {
    const source = selectField('Source', '', [
      { choices: [{ value: '', label: 'Choose a source…' }] },
      { label: 'Sources in the data set', choices: sources.map((item) => ({ value: item.id, label: item.publisher ? `${item.title} — ${item.publisher}` : item.title })) },
      { label: 'Elsewhere', choices: [{ value: WEB_PAGE, label: 'A web page (give its address)' }] },
    ], { name: 'evidence-source' });
    const url = textField('Address of the page', '', { name: 'evidence-url', type: 'url', inputmode: 'url', placeholder: 'https://' });
    const title = textField('Title of the page', '', { name: 'evidence-title', hint: 'Optional; the address is shown otherwise.' });
    const quote = textArea('Quote', '', { name: 'evidence-quote', rows: 3, hint: 'The exact sentence of the source.' });
    const web = h('div', { class: 'evidence-web' }, [url.element, title.element]);
    web.hidden = true;
    const quoteLabel = quote.element.querySelector('label')!;
    const quoteHint = quote.element.querySelector('.field-hint')!;
    source.control.addEventListener('change', () => {
      const isWeb = source.control.value === WEB_PAGE;
      web.hidden = !isWeb;
      quoteLabel.textContent = isWeb ? 'What the page says' : 'Quote';
      quoteHint.textContent = isWeb ? 'The sentence of the page that states the tie, or a short note of what it says.' : 'The exact sentence of the source.';
      source.setError(null);
    });
    const item: EvidenceItem = {
      source, url, title, quote,
      element: h('li', { class: 'evidence-item' }, [
        h('div', { class: 'evidence-item-head' }, [
          h('span', { class: 'evidence-item-title' }),
          h('button', {
            class: 'button button-quiet evidence-remove', text: 'Remove', attrs: { type: 'button' },
            on: {
              click: () => {
                const index = items.indexOf(item);
                items.splice(index, 1);
                item.element.remove();
                renumber();
                (items[Math.max(0, index - 1)]?.source.control ?? addEvidence).focus();
              },
            },
          }),
        ]),
        source.element,
        web,
        quote.element,
      ]),
    };
    items.push(item);
    list.append(item.element);
    renumber();
    if (focus) source.control.focus();
  }
  addItem(false);

  return {
    field: evidenceField,
    fields() {
      const map: Record<string, Field> = {};
      items.forEach((item, index) => {
        map[`evidence.${index}.source`] = item.source;
        map[`evidence.${index}.url`] = item.url;
        map[`evidence.${index}.quote`] = item.quote;
      });
      return map;
    },
    read: () => items.map((item) => ({ source: item.source.control.value, quote: item.quote.control.value, url: item.url.control.value, title: item.title.control.value })),
    focusFirst: () => items[0]?.source.control.focus(),
  };
}
