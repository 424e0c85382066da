// Word lookup by first character: the scanner's only way of matching words. One Map lookup per position, then a
// short list of candidates tried longest first, so matching stays linear in the text with no regular expressions.

export interface WordEntry<T> {
  word: string;
  value: T;
  /** The match fails when the next character is in this set. */
  notBefore?: string;
}

export class WordMap<T> {
  // Keyed by char code: indexing a string with text[at] allocates a new one-character string for every CJK
  // character, and the scanner asks at nearly every position.
  private readonly byFirst = new Map<number, WordEntry<T>[]>();

  constructor(entries: Iterable<WordEntry<T>>) {
    for (const e of entries) this.add(e);
  }

  add(entry: WordEntry<T>): void {
    if (!entry.word) return;
    const first = entry.word.charCodeAt(0);
    let list = this.byFirst.get(first);
    if (!list) this.byFirst.set(first, (list = []));
    list.push(entry);
    list.sort((a, b) => b.word.length - a.word.length);
  }

  /** Char codes that start at least one entry. */
  firstCodes(): IterableIterator<number> {
    return this.byFirst.keys();
  }

  /** Longest entry that starts at `at` in `text`. */
  matchAt(text: string, at: number): WordEntry<T> | undefined {
    const list = this.byFirst.get(text.charCodeAt(at));
    if (!list) return undefined;
    for (const e of list) {
      if (text.startsWith(e.word, at)) {
        const next = text[at + e.word.length];
        if (e.notBefore && next !== undefined && e.notBefore.includes(next)) continue;
        return e;
      }
    }
    return undefined;
  }

  /** Longest entry that ends exactly at `end` (exclusive) in `text`. */
  matchEndingAt(text: string, end: number, maxLen: number): WordEntry<T> | undefined {
    for (let len = Math.min(maxLen, end); len >= 1; len--) {
      const e = this.matchExactly(text, end - len, end);
      if (e) return e;
    }
    return undefined;
  }

  private matchExactly(text: string, start: number, end: number): WordEntry<T> | undefined {
    const list = this.byFirst.get(text.charCodeAt(start));
    if (!list) return undefined;
    for (const e of list) if (e.word.length === end - start && text.startsWith(e.word, start)) return e;
    return undefined;
  }
}

/** Entries from plain words; `word!xy` means "not when followed by x or y". */
export function wordEntries<T>(words: readonly string[], value: T): WordEntry<T>[] {
  return words.map((w) => {
    const bang = w.indexOf('!');
    return bang < 0 ? { word: w, value } : { word: w.slice(0, bang), value, notBefore: w.slice(bang + 1) };
  });
}
