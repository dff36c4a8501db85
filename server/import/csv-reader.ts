// RFC 4180 CSV text to records, each with the line it starts on (quoted fields may span lines), so an import
// report can say "ties.csv line 12". A malformed record is returned with its problem instead of stopping the file.

export interface CsvRecord {
  line: number;
  fields: string[];
  /** Set when the record is malformed (a stray or unclosed quote); its fields are then not to be trusted. */
  problem?: string;
}

const isFieldEnd = (char: string) => char === ',' || char === '\r' || char === '\n';

function fieldEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isFieldEnd(text[i]!)) i++;
  return i;
}

function countLineFeeds(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

export function readCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const start = line;
    const fields: string[] = [];
    let problem: string | undefined;
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        let closed = false;
        while (i < length) {
          const quote = text.indexOf('"', i);
          const end = quote === -1 ? length : quote;
          line += countLineFeeds(text, i, end);
          field += text.slice(i, end);
          i = end;
          if (quote === -1) break;
          if (text[quote + 1] === '"') {
            field += '"';
            i = quote + 2;
            continue;
          }
          i = quote + 1;
          closed = true;
          break;
        }
        if (!closed) problem ??= `a quoted field (column ${fields.length + 1}) is never closed`;
        // After the closing quote only a separator or the end of the record may follow.
        if (closed && i < length && !isFieldEnd(text[i]!)) {
          problem ??= `unexpected text after the closing quote of column ${fields.length + 1}`;
          const end = fieldEnd(text, i);
          field += text.slice(i, end);
          i = end;
        }
      } else {
        const end = fieldEnd(text, i);
        field = text.slice(i, end);
        if (field.includes('"')) problem ??= `a double quote inside unquoted column ${fields.length + 1} (quote the field and double the quote)`;
        i = end;
      }
      fields.push(field);
      if (i < length && text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    // End of record: CRLF, LF or a lone CR.
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    const blank = fields.length === 1 && fields[0] === '' && !problem;
    if (!blank) records.push(problem ? { line: start, fields, problem } : { line: start, fields });
  }
  return records;
}
