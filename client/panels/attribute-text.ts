// Extra attributes (server/contract/attributes.ts) as people read them, in the details panel and the table view.
import type { Attributes, AttributeValue } from '../../server/contract/attributes.ts';

/** A list reads as "a, b"; true/false as yes/no; numbers and texts as they are. */
export function attributeText(value: AttributeValue | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** Every attribute name the items carry, in order: the extra columns of a table. */
export function attributeNames(items: readonly { attributes?: Attributes }[]): string[] {
  return [...new Set(items.flatMap((item) => Object.keys(item.attributes ?? {})))].sort();
}
