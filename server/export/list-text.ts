// How a list of texts is written in formats without list types (GraphML, GEXF): items joined by "; ", as a person
// would type them, with a backslash before any `\` or `;` inside an item, so the join is reversible: an alias or
// quote holding "; " comes back as the one item it was (issue 17 #8: export → import is the identity).

export const LIST_SEPARATOR = '; ';

const escapeItem = (item: string) => item.replace(/[\\;]/g, (char) => `\\${char}`);

/** ["a", "b; c"] → "a; b\; c"; an empty list is no value (null). */
export function joinList(items: readonly string[]): string | null {
  return items.length === 0 ? null : items.map(escapeItem).join(LIST_SEPARATOR);
}

/** The inverse of joinList; a text written by hand without escapes splits at every "; " as before. */
export function splitList(text: string | null | undefined): string[] {
  if (!text) return [];
  const items: string[] = [];
  let item = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '\\' && (text[index + 1] === '\\' || text[index + 1] === ';')) {
      item += text[++index];
    } else if (text.startsWith(LIST_SEPARATOR, index)) {
      items.push(item);
      item = '';
      index += LIST_SEPARATOR.length - 1;
    } else {
      item += char;
    }
  }
  items.push(item);
  return items;
}
