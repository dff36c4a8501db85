// Finds the organisations a sentence names: every name, short name and alias as a word sequence (case-, accent-
// and possessive-insensitive), longest match first, so "University of Leeds Faculty of Medicine" is not also
// "University of Leeds" (one-word names only when capitalised). "We", "our" and "us" name the publisher, if any.
import { nameWords, type Word } from './words.ts';

export interface NamedEntity {
  /** The organisation's id, or a proposed organisation's key. */
  key: string;
  names: readonly string[];
}

export interface Mention {
  key: string;
  start: number;
  end: number;
  /** Found through "we"/"our"/"us" rather than a name. */
  implicit: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  key?: string;
}

const PUBLISHER_WORDS = new Set(['we', 'our', 'us', 'ours', "we're", "we've", "we'll"]);
const MIN_NAME_LENGTH = 2;

export interface MentionFinder {
  find(sentenceWords: readonly Word[], text: string, offset: number): Mention[];
}

export function createMentionFinder(entities: readonly NamedEntity[], publisherKey: string | null): MentionFinder {
  const root: TrieNode = { next: new Map() };
  for (const { key, names } of entities) {
    for (const name of names) {
      const list = nameWords(name);
      if (list.length === 0 || list.join(' ').length < MIN_NAME_LENGTH) continue;
      let node = root;
      for (const word of list) {
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = { next: new Map() }));
        node = child;
      }
      node.key ??= key;
    }
  }
  return {
    find(sentenceWords, text, offset) {
      const mentions: Mention[] = [];
      for (let i = 0; i < sentenceWords.length; ) {
        let node: TrieNode | undefined = root;
        let match: { key: string; last: number } | null = null;
        for (let j = i; j < sentenceWords.length && node; j++) {
          node = node.next.get(sentenceWords[j]!.norm);
          if (node?.key) match = { key: node.key, last: j };
        }
        const word = sentenceWords[i]!;
        if (match && (match.last > i || isWrittenAsName(text.slice(word.start - offset, word.end - offset)))) {
          mentions.push({ key: match.key, start: word.start, end: sentenceWords[match.last]!.end, implicit: false });
          i = match.last + 1;
          continue;
        }
        if (publisherKey && PUBLISHER_WORDS.has(word.norm)) mentions.push({ key: publisherKey, start: word.start, end: word.end, implicit: true });
        i++;
      }
      return mentions;
    },
  };
}

/** A one-word name may be an ordinary word too ("academy", "hub"): it counts only when written with a capital. */
const isWrittenAsName = (written: string): boolean => /^[\p{Lu}\p{N}]/u.test(written);
