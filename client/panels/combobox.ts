// An organisation autocomplete following the ARIA 1.2 combobox pattern (input + listbox popup): suggestions as you
// type (debounced, earlier requests aborted), ↑/↓ to move, Enter to choose, Escape to close or clear.
import { ApiError, isAbort } from '../api.ts';
import { debounce, h, uid } from '../dom.ts';
import { createListbox } from './combobox-listbox.ts';
import type { SearchResult } from '../types.ts';

export interface ComboboxOptions {
  label: string;
  placeholder?: string;
  /** Hide the label visually (it stays for assistive technology). */
  hiddenLabel?: boolean;
  search: (query: string, signal: AbortSignal) => Promise<SearchResult[]>;
  kind: (id: string) => { label: string; colour: string };
  onChoose: (result: SearchResult) => void;
  /** Empty the field after a choice (lists such as "avoid"), instead of showing the chosen name. */
  clearOnChoose?: boolean;
  name?: string;
}

export interface Combobox {
  element: HTMLElement;
  input: HTMLInputElement;
  setValue(text: string): void;
  focus(): void;
  destroy(): void;
}

export function createCombobox(options: ComboboxOptions): Combobox {
  const id = uid('combobox');
  const listId = `${id}-list`;
  const input = h('input', {
    class: 'combobox-input',
    attrs: {
      id, type: 'text', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
      autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', placeholder: options.placeholder ?? '', name: options.name ?? null,
    },
  });
  const list = createListbox(input, listId, options.label, options.kind, (index) => choose(index));
  const status = h('p', { class: 'visually-hidden', attrs: { 'aria-live': 'polite' } });
  const label = h('label', { class: options.hiddenLabel ? 'visually-hidden' : 'field-label', text: options.label, attrs: { for: id } });
  const element = h('div', { class: 'combobox' }, [label, h('div', { class: 'combobox-field' }, [input, list.element]), status]);

  let results: SearchResult[] = [];
  let controller: AbortController | null = null;
  let lastQuery = '';

  const open = (isOpen: boolean) => list.open(isOpen);

  function render() {
    list.showResults(results);
    status.textContent = `${results.length} suggestion${results.length === 1 ? '' : 's'}. Use up and down to choose, Enter to select.`;
  }

  function choose(index: number) {
    const result = results[index];
    if (!result) return;
    input.value = options.clearOnChoose ? '' : result.name;
    lastQuery = input.value.trim();
    open(false);
    options.onChoose(result);
  }

  const run = debounce(async (query: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      results = await options.search(query, controller.signal);
      if (input.value.trim() !== query) return;
      if (results.length) render();
      else {
        list.showMessage(`No organisation matches “${query}”`);
        status.textContent = `No organisation matches ${query}.`;
      }
    } catch (error) {
      if (isAbort(error)) return;
      results = [];
      list.showMessage(error instanceof ApiError ? error.message : 'Search failed.');
    }
  }, 160);

  input.addEventListener('input', () => {
    const query = input.value.trim();
    lastQuery = query;
    if (!query) {
      run.cancel();
      controller?.abort();
      results = [];
      open(false);
      return;
    }
    run(query);
  });

  input.addEventListener('keydown', (event) => {
    const isOpen = list.isOpen();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!isOpen && results.length) render();
        list.move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!isOpen && results.length) render();
        list.move(-1);
        break;
      case 'Enter':
        if (isOpen && results.length) {
          event.preventDefault();
          choose(Math.max(list.active(), 0));
        }
        break;
      case 'Escape':
        if (isOpen) {
          event.preventDefault();
          open(false);
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          lastQuery = '';
          results = [];
        }
        break;
      case 'Tab':
        open(false);
        break;
    }
  });
  input.addEventListener('blur', () => open(false));
  input.addEventListener('focus', () => {
    if (results.length && input.value.trim() === lastQuery && lastQuery && !options.clearOnChoose && results.every((r) => r.name !== input.value)) render();
  });

  return {
    element,
    input,
    setValue(text) {
      input.value = text;
      lastQuery = text;
      results = [];
      open(false);
    },
    focus: () => input.focus(),
    destroy() {
      run.cancel();
      controller?.abort();
      element.remove();
    },
  };
}
