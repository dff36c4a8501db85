// Marks a passage of the reader's text wherever sentence marks and highlighted names split it. The reader's text
// nodes, in document order, are the document's text exactly, so offsets into the text map onto them.
import { h } from '../dom.ts';

/** Wraps the text from `start` to `end` of `root` in marks (one per text node it crosses) and returns them. */
export function markPassage(root: HTMLElement, start: number, end: number): HTMLElement[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const marks: HTMLElement[] = [];
  let at = 0;
  for (const node of texts) {
    const from = Math.max(start - at, 0);
    const to = Math.min(end - at, node.data.length);
    at += node.data.length;
    if (from >= to) continue;
    const piece = from > 0 ? node.splitText(from) : node;
    if (to - from < piece.data.length) piece.splitText(to - from);
    const mark = h('mark', { class: 'located-passage' });
    piece.replaceWith(mark);
    mark.append(piece);
    marks.push(mark);
  }
  return marks;
}
