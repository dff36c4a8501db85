// A document as sentences with their places in it: the platform's Intl.Segmenter, after splitting at line breaks
// (headings, list items and captions end without a full stop but are never part of the next sentence).
export interface Sentence {
  text: string;
  /** Offsets into the document's text. */
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    for (const { segment, index } of segmenter.segment(line[0])) {
      const leading = segment.length - segment.trimStart().length;
      const trimmed = segment.trim();
      if (!trimmed) continue;
      const start = line.index + index + leading;
      sentences.push({ text: trimmed, start, end: start + trimmed.length });
    }
  }
  return sentences;
}
