import type { Attributes } from '../../server/contract/attributes.ts';
import { h } from '../dom.ts';
import { attributeText } from './attribute-text.ts';

/** An organisation's or a tie's extra attributes, name beside value. */
export const attributeList = (attributes: Attributes): HTMLElement => h('dl', { class: 'attribute-list', attrs: { 'aria-label': 'Attributes' } },
  Object.entries(attributes).flatMap(([name, value]) => [h('dt', { text: name }), h('dd', { text: attributeText(value) })]));
