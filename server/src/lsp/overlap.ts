// Which findings lie on a figure, for every figure of a document at once (semantic tokens, the quantities table).
// Asking each of ~27,000 figures about each of ~5,400 findings of a 1 MiB report is 146 million tests (seconds);
// with the findings sorted once, each figure is two binary searches.
// A finding is on a figure when their spans overlap: d.start < q.end && q.start < d.end (as findingsOn in hover.ts).

interface Span {
  start: number;
  end: number;
}

/** Number of values in the sorted array that are < x. */
function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of values in the sorted array that are <= x. */
function countAtMost(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class OverlapIndex {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  /** Largest end among the findings with the i + 1 smallest starts. */
  private readonly maxEndUpTo: Float64Array;
  /** Every finding has start <= end: the counting shortcut of count() holds. */
  private readonly wellFormed: boolean;

  constructor(private readonly spans: readonly Span[]) {
    const n = spans.length;
    const order = new Array<number>(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => spans[a].start - spans[b].start);
    this.starts = new Float64Array(n);
    this.maxEndUpTo = new Float64Array(n);
    this.ends = new Float64Array(n);
    let maxEnd = -Infinity;
    let wellFormed = true;
    for (let i = 0; i < n; i++) {
      const s = spans[order[i]];
      this.starts[i] = s.start;
      maxEnd = Math.max(maxEnd, s.end);
      this.maxEndUpTo[i] = maxEnd;
      this.ends[i] = spans[i].end;
      if (!(spans[i].start <= spans[i].end)) wellFormed = false;
    }
    this.ends.sort();
    this.wellFormed = wellFormed;
  }

  /** Does any finding overlap [start, end)? */
  any(start: number, end: number): boolean {
    const k = countBelow(this.starts, end); // findings with d.start < end
    return k > 0 && this.maxEndUpTo[k - 1] > start;
  }

  /** How many findings overlap [start, end)? */
  count(start: number, end: number): number {
    if (!this.wellFormed || !(start < end)) {
      let n = 0;
      for (const d of this.spans) if (d.start < end && start < d.end) n++;
      return n;
    }
    // d.start < end, minus those that end at or before start (which, as d.start <= d.end <= start < end,
    // all start before end too).
    return countBelow(this.starts, end) - countAtMost(this.ends, start);
  }
}
