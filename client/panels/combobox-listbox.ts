// The combobox's popup (ARIA listbox): suggestions or a message, which one is active, and whether it is open; the
// input it belongs to tells assistive technology about both.
import { h, swatch } from '../dom.ts';
import type { SearchResult } from '../types.ts';
import type { ComboboxOptions } from './combobox.ts';

export interface Listbox {
  element: HTMLUListElement;
  isOpen(): boolean;
  open(isOpen: boolean): void;
  /** The active suggestion's position, -1 when none is. */
  active(): number;
  /** Moves the active suggestion by `step`, wrapping round. */
  move(step: number): void;
  showResults(results: SearchResult[]): void;
  showMessage(text: string): void;
}

export function createListbox(input: HTMLInputElement, listId: string, label: string, kindOf: ComboboxOptions['kind'], choose: (index: number) => void): Listbox {
  const element = h('ul', { class: 'combobox-list', attrs: { id: listId, role: 'listbox', 'aria-label': `${label}: suggestions` } });
  element.hidden = true;
  let active = -1;

  function open(isOpen: boolean) {
    element.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) {
      active = -1;
      input.removeAttribute('aria-activedescendant');
    }
  }

  function move(step: number) {
    const options = [...element.querySelectorAll<HTMLElement>('[role="option"]:not([aria-disabled="true"])')];
    if (!options.length) return;
    active = (active + step + options.length) % options.length;
    options.forEach((option, position) => option.setAttribute('aria-selected', String(position === active)));
    const current = options[active]!;
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  }

  function showMessage(text: string) {
    element.replaceChildren(h('li', { class: 'combobox-message', text, attrs: { role: 'option', 'aria-disabled': 'true', id: `${listId}-message` } }));
    open(true);
  }

  function showResults(results: SearchResult[]) {
    element.replaceChildren();
    results.forEach((result, index) => {
      const kind = kindOf(result.kind);
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
      element.append(option);
    });
    open(results.length > 0);
  }

  return { element, isOpen: () => !element.hidden, open, active: () => active, move, showResults, showMessage };
}
