// The dev set names a figure by its text and its 1-based raw occurrence in the passage (README of ../shared/eval).

/** Start offset of the k-th (1-based) raw occurrence of needle in text, or -1. */
export function nthOccurrence(text: string, needle: string, k: number): number {
  let at = -1;
  for (let i = 0; i < k; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
