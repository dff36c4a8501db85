// Words as ingest compares them: lower case, accents folded, possessives dropped ("Leeds’", "Trust's" → "leeds",
// "trust"), typographic apostrophes as plain ones. Each word keeps its place in the text it came from.
export interface Word {
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

export function normaliseWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$|'$/u, '')
    .replace(/\.$/u, '');
}

export function words(text: string, offset = 0): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({ norm: normaliseWord(match[0]), start: offset + match.index, end: offset + match.index + match[0].length }));
}

/** A name as a list of normalised words ("the" in front dropped: "The Academy" is found as "Academy"). */
export function nameWords(name: string): string[] {
  const list = words(name).map((word) => word.norm);
  return list[0] === 'the' && list.length > 1 ? list.slice(1) : list;
}
