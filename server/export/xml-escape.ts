// The only way data reaches GraphML and GEXF text: escapes markup and drops what XML 1.0 cannot carry at all.

// XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates and U+FFFE/U+FFFF; the `u` flag makes
// a lone surrogate one (disallowed) code point while a valid pair stays one allowed code point.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

// Whitespace is written as character references because parsers normalise literal tab/LF/CR in attribute values
// to spaces (and CR LF to LF in text); references survive both, so one escaper is safe in either position.
const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Removes the characters XML 1.0 forbids (control characters other than tab, CR, LF); exporters document this. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Text safe both as element content and inside a double- or single-quoted attribute value. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"'\t\n\r]/g, (char) => REFERENCES[char] ?? char);
}

/** ` name="value"` pairs for a start tag; null and undefined values are left out. */
export function xmlAttributes(attributes: Record<string, string | number | null | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}
