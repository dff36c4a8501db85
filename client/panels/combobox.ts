// An organisation autocomplete following the ARIA 1.2 combobox pattern (input + listbox popup): suggestions as you
// type (debounced, earlier requests aborted), ↑/↓ to move, Enter to choose, Escape to close or clear.
import { ApiError, isAbort } from '../api.ts';
import { debounce, h, swatch, uid } from '../dom.ts';
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
  const list = h('ul', { class: 'combobox-list', attrs: { id: listId, role: 'listbox', 'aria-label': `${options.label}: suggestions` } });
  list.hidden = true;
  const status = h('p', { class: 'visually-hidden', attrs: { 'aria-live': 'polite' } });
  const label = h('label', { class: options.hiddenLabel ? 'visually-hidden' : 'field-label', text: options.label, attrs: { for: id } });
  const element = h('div', { class: 'combobox' }, [label, h('div', { class: 'combobox-field' }, [input, list]), status]);

  let results: SearchResult[] = [];
  let active = -1;
  let controller: AbortController | null = null;
  let lastQuery = '';

  function open(isOpen: boolean) {
    list.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) {
      active = -1;
      input.removeAttribute('aria-activedescendant');
    }
  }

  function setActive(index: number) {
    const options = [...list.querySelectorAll<HTMLElement>('[role="option"]:not([aria-disabled="true"])')];
    if (!options.length) return;
    active = (index + options.length) % options.length;
    options.forEach((option, position) => option.setAttribute('aria-selected', String(position === active)));
    const current = options[active]!;
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  }

  function renderMessage(text: string) {
    list.replaceChildren(h('li', { class: 'combobox-message', text, attrs: { role: 'option', 'aria-disabled': 'true', id: `${listId}-message` } }));
    open(true);
  }

  function render() {
    list.replaceChildren();
    results.forEach((result, index) => {
      const kind = options.kind(result.kind);
      const option = h('li', {
        class: 'combobox-option',
        attrs: { role: 'option', id: `${listId}-${index}`, 'aria-selected': 'false' },
        on: {
          // Keep focus in the input while clicking an option.
          mousedown: (event) => event.preventDefault(),
          click: () => choose(index),
        },
      }, [
        swatch(kind.colour, 'swatch swatch-dot'),
        h('span', { class: 'option-name', text: result.name }),
        result.shortName && result.shortName !== result.name ? h('span', { class: 'option-short', text: result.shortName }) : null,
        h('span', { class: 'option-kind', text: kind.label }),
      ]);
      list.append(option);
    });
    open(results.length > 0);
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
        renderMessage(`No organisation matches “${query}”`);
        status.textContent = `No organisation matches ${query}.`;
      }
    } catch (error) {
      if (isAbort(error)) return;
      results = [];
      renderMessage(error instanceof ApiError ? error.message : 'Search failed.');
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
    const isOpen = !list.hidden;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!isOpen && results.length) render();
        setActive(active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!isOpen && results.length) render();
        setActive(active - 1);
        break;
      case 'Enter':
        if (isOpen && results.length) {
          event.preventDefault();
          choose(active >= 0 ? active : 0);
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
