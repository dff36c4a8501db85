// The one rule for the characters of text written to the network, on every write path (API bodies and parameters,
// every import format): tab, line breaks and every character XML 1.0 can hold are kept exactly; C0 control characters,
// lone surrogates and U+FFFE/U+FFFF are refused, naming the field. Refused, not stripped: stripping would silently
// change what was written (a quote would no longer be its source's words), and XML (GraphML, GEXF) cannot carry
// these characters at all, so accepting them would make an export that does not import back as the same network.

// With the `u` flag a valid surrogate pair is one (allowed) code point and a lone surrogate matches \p{Cs}.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first refused character of `text` and where it is (in UTF-16 units), or null when every character is allowed. */
export function forbiddenCharacter(text: string): { index: number; codePoint: string } | null {
  const match = FORBIDDEN.exec(text);
  return match ? { index: match.index, codePoint: codePoint(match[0]) } : null;
}

const join = (path: string, name: string | number) => (path === '' ? String(name) : `${path}.${name}`);

/** Every string inside `value` (objects and lists walked) that holds a refused character, each named by its dotted path. */
export function forbiddenCharacterProblems(value: unknown, path = ''): { field: string; message: string }[] {
  if (typeof value === 'string') {
    const found = forbiddenCharacter(value);
    return found ? [{ field: path, message: `${path || 'The text'} contains the control character ${found.codePoint} at position ${found.index + 1}; text may hold tab, line breaks and printable characters only` }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => forbiddenCharacterProblems(item, join(path, index)));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([name, item]) => forbiddenCharacterProblems(item, join(path, name)));
  }
  return [];
}
