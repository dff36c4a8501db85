// The path finder's organisations to avoid: a search to add one, and a chip per organisation to remove it.
import { h } from '../dom.ts';
import { createCombobox, type ComboboxOptions } from './combobox.ts';

export interface PathAvoidList {
  elements: HTMLElement[];
  /** Draws the chips afresh from the draft (names may have arrived). */
  render(): void;
  destroy(): void;
}

export interface PathAvoidOptions {
  /** `draft.avoid` holds the ids of the organisations to avoid. */
  draft: { avoid: string[] };
  search: ComboboxOptions['search'];
  kind: ComboboxOptions['kind'];
  nameOf(id: string): string;
  remember(id: string, name: string): void;
}

export function createPathAvoidList({ draft, search, kind, nameOf, remember }: PathAvoidOptions): PathAvoidList {
  const avoidBox = createCombobox({
    label: 'Organisations to avoid', placeholder: 'Add an organisation', search, kind, clearOnChoose: true, name: 'avoid',
    onChoose: (result) => {
      remember(result.id, result.name);
      if (!draft.avoid.includes(result.id)) draft.avoid.push(result.id);
      render();
    },
  });
  const avoidList = h('ul', { class: 'chips', attrs: { 'aria-label': 'Avoided organisations' } });

  function render() {
    avoidList.replaceChildren(...draft.avoid.map((id) =>
      h('li', { class: 'chip' }, [
        h('span', { text: nameOf(id) }),
        h('button', {
          class: 'chip-remove', text: '×', attrs: { type: 'button', 'aria-label': `Stop avoiding ${nameOf(id)}` },
          on: { click: () => { draft.avoid = draft.avoid.filter((other) => other !== id); render(); avoidBox.focus(); } },
        }),
      ])));
  }

  return { elements: [avoidBox.element, avoidList], render, destroy: () => avoidBox.destroy() };
}
