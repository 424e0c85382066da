// Word lookup by the first two characters: the scanner's only way of matching words. One Map lookup per position, then
// a short list of candidates tried longest first, so matching stays linear in the text with no regular expressions.
// (Keyed by one character, the lists of common numerals grew long as the tables did: `一` opens dozens of names, and
// every position holding `一` tried them all.)

export interface WordEntry<T> {
  word: string;
  value: T;
  /** The match fails when the next character is in this set. */
  notBefore?: string;
}

export class WordMap<T> {
  // Keyed by char codes: indexing a string with text[at] allocates a new one-character string for every CJK
  // character, and the scanner asks at nearly every position.
  /** Words of two characters or more, by their first two char codes (first × 65536 + second), longest first. */
  private readonly byPair = new Map<number, WordEntry<T>[]>();
  /** Words of one character, by its char code. */
  private readonly singles = new Map<number, WordEntry<T>[]>();
  /** Char codes that start at least one entry. */
  private readonly firsts = new Set<number>();

  constructor(entries: Iterable<WordEntry<T>>) {
    for (const e of entries) this.add(e);
  }

  add(entry: WordEntry<T>): void {
    if (!entry.word) return;
    const first = entry.word.charCodeAt(0);
    this.firsts.add(first);
    const key = entry.word.length === 1 ? first : first * 0x10000 + entry.word.charCodeAt(1);
    const map = entry.word.length === 1 ? this.singles : this.byPair;
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    // kept longest first: inserted after every entry at least as long (the order of equal lengths is the order added)
    let at = list.length;
    while (at > 0 && list[at - 1].word.length < entry.word.length) at--;
    list.splice(at, 0, entry);
  }

  /** Char codes that start at least one entry. */
  firstCodes(): IterableIterator<number> {
    return this.firsts.values();
  }

  /** Longest entry that starts at `at` in `text`. */
  matchAt(text: string, at: number): WordEntry<T> | undefined {
    const first = text.charCodeAt(at);
    if (!this.firsts.has(first)) return undefined;
    const pairs = at + 1 < text.length ? this.byPair.get(first * 0x10000 + text.charCodeAt(at + 1)) : undefined;
    if (pairs) {
      for (const e of pairs) {
        if (text.startsWith(e.word, at) && this.fits(e, text, at + e.word.length)) return e;
      }
    }
    const singles = this.singles.get(first);
    if (singles) for (const e of singles) if (this.fits(e, text, at + 1)) return e;
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
    const first = text.charCodeAt(start);
    if (!this.firsts.has(first)) return undefined;
    const list = end - start === 1 ? this.singles.get(first) : this.byPair.get(first * 0x10000 + text.charCodeAt(start + 1));
    if (!list) return undefined;
    for (const e of list) if (e.word.length === end - start && text.startsWith(e.word, start)) return e;
    return undefined;
  }

  /** Does the character after a match (at `next`) allow it? */
  private fits(e: WordEntry<T>, text: string, next: number): boolean {
    return !e.notBefore || next >= text.length || !e.notBefore.includes(text[next]);
  }
}

/** Entries from plain words; `word!xy` means "not when followed by x or y". */
export function wordEntries<T>(words: readonly string[], value: T): WordEntry<T>[] {
  return words.map((w) => {
    const bang = w.indexOf('!');
    return bang < 0 ? { word: w, value } : { word: w.slice(0, bang), value, notBefore: w.slice(bang + 1) };
  });
}
