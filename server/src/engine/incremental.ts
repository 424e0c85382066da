// Incremental analysis for editors. A document is analyzed chunk by chunk (chunks.ts); between two calls only the
// chunks around the edited region are split and analyzed again. The edit is found by comparing the new text with
// the previous one (common prefix and suffix), so a keystroke costs two linear comparisons of character codes plus
// the analysis of one paragraph; chunks before the edit keep their results as they are, chunks after it are
// shifted. Results are identical to analyze() by construction: both run analyzeChunk() on the same chunks.
import { analyzeChunk, scanChunk, shiftDiagnostic, suppressDiagnostics, toPublicQuantity, type ChunkResult } from './analyze';
import type { ScannedQuantity } from './internal';
import { splitChunks, type Chunk } from './chunks';
import type { AnalysisResult, AnalyzeOptions, EngineDiagnostic, Quantity } from './types';

export interface DocumentAnalysis {
  diagnostics: EngineDiagnostic[];
  /** The quantity whose span contains offset (end exclusive), if any. */
  quantityAt(offset: number): Quantity | undefined;
  /** Quantities that overlap [start, end). */
  quantitiesIn(start: number, end: number): Quantity[];
  /** Every quantity, materialized on demand (each paragraph is read again: prefer quantitiesIn for a view). */
  allQuantities(): Quantity[];
  /** Document offsets and flags of the quantities overlapping [start, end), flat: start0, end0, flags0, start1, …
   *  in reading order; flags has SPAN_APPROXIMATE for an approximate figure. Cheap (no paragraph is read again):
   *  for coloring a whole document. */
  quantitySpans(start?: number, end?: number): number[];
  /** How many chunks were analyzed afresh (the rest were reused). */
  analyzedChunks: number;
  totalChunks: number;
}

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
  update(text: string, options?: AnalyzeOptions): DocumentAnalysis;
}

/** What is kept of one analyzed chunk between edits. Its quantities are not kept as objects: an editor needs them
 *  only for the few paragraphs on screen, and as objects they were most of the analyzer's memory (about 20 MiB per
 *  MiB of report text). Their spans are kept in a small array, and the full quantities are read again from the
 *  chunk's text when asked for (scanning one paragraph takes microseconds, and gives the same result by
 *  construction). */
interface ChunkState {
  /** The chunk's diagnostics, shifted to document offsets as of `base`. */
  diagnostics: readonly EngineDiagnostic[];
  /** Document offset of the chunk when `diagnostics` were shifted. */
  base: number;
  /** start, end (relative to the chunk) and flags of each quantity, in scan order: SPAN_STRIDE numbers each.
   *  A plain array of small integers, not an Int32Array: a document has thousands of chunks, and a typed array
   *  costs a buffer object and a separate allocation outside the heap each (15 MiB of RSS for 42,000 of them in
   *  the server with ten 1 MiB documents open). */
  spans: readonly number[];
}

interface State {
  text: string;
  optionsKey: string;
  options: AnalyzeOptions;
  chunks: Chunk[];
  states: ChunkState[];
}

const BLOCK = 2048;
/** Chunks whose quantities are kept as objects after they were read again (hover, inlay hints on screen), and how
 *  many figures they may hold together: a document that is one huge paragraph must not keep every figure it has
 *  as objects after one hover (the reason the analyzer keeps only spans). */
const RESCANNED_CHUNKS = 256;
const RESCANNED_FIGURES = 8192;

/** Index of the last chunk starting at or before offset, or -1. */
function chunkIndex(chunks: Chunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid].start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

const SPAN_STRIDE = 3;
/** Flag of quantitySpans(): the figure is approximate (约, 多, 左右 …). */
export const SPAN_APPROXIMATE = 1;
const NO_SPANS: readonly number[] = Object.freeze([]);
const NO_DIAGNOSTICS: readonly EngineDiagnostic[] = Object.freeze([]);

function spansOf(quantities: readonly ScannedQuantity[]): readonly number[] {
  if (quantities.length === 0) return NO_SPANS;
  // Sized once (no spare capacity, as growing by push would leave) and filled completely.
  const spans = new Array<number>(quantities.length * SPAN_STRIDE);
  for (let k = 0; k < quantities.length; k++) {
    spans[SPAN_STRIDE * k] = quantities[k].start;
    spans[SPAN_STRIDE * k + 1] = quantities[k].end;
    spans[SPAN_STRIDE * k + 2] = quantities[k].approx ? SPAN_APPROXIMATE : 0;
  }
  return spans;
}

function stateOf(r: ChunkResult, base: number): ChunkState {
  const diagnostics = r.diagnostics.length ? r.diagnostics.map((d) => shiftDiagnostic(d, base)) : NO_DIAGNOSTICS;
  return { diagnostics, base, spans: spansOf(r.quantities) };
}

/** The same chunk at a new document offset. */
function moved(st: ChunkState, base: number): ChunkState {
  const delta = base - st.base;
  if (!delta) return st;
  return { diagnostics: st.diagnostics.length ? st.diagnostics.map((d) => shiftDiagnostic(d, delta)) : NO_DIAGNOSTICS, base, spans: st.spans };
}

export function createAnalyzer(): Analyzer {
  let state: State | null = null;
  // Quantities read again, most recently used last. Keyed by the chunk's spans array: it is made once per analysis
  // of a chunk's text and shared when the chunk only moves, so an edited chunk is never served stale and a moved
  // one is not read again.
  let rescanned = new Map<readonly number[], ScannedQuantity[]>();
  let rescannedFigures = 0;

  const full = (text: string, options: AnalyzeOptions, optionsKey: string): { state: State; analyzed: number } => {
    const chunks = splitChunks(text);
    const states = chunks.map((c) => stateOf(analyzeChunk(text.slice(c.start, c.end), options), c.start));
    rescanned = new Map();
    rescannedFigures = 0;
    return { state: { text, optionsKey, options, chunks, states }, analyzed: chunks.length };
  };

  const incremental = (prev: State, text: string, options: AnalyzeOptions): { state: State; analyzed: number } => {
    const old = prev.text;
    const max = Math.min(old.length, text.length);
    // Compare in blocks first (native substring equality), then character by character inside the last block.
    let prefix = 0;
    while (prefix + BLOCK <= max && old.slice(prefix, prefix + BLOCK) === text.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
    while (prefix < max && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    const room = max - prefix;
    while (suffix + BLOCK <= room && old.slice(old.length - suffix - BLOCK, old.length - suffix) === text.slice(text.length - suffix - BLOCK, text.length - suffix)) suffix += BLOCK;
    while (suffix < room && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
    const delta = text.length - old.length;
    const oldChangeEnd = old.length - suffix;
    const n = prev.chunks.length;
    // Re-split from the chunk before the edit to the chunk after it: a chunk boundary is decided by the line that
    // ends it, and these outer lines are unchanged, so the boundaries around the region hold in the new text.
    let first = Math.max(0, chunkIndex(prev.chunks, prefix) - 1);
    let last = Math.min(n - 1, Math.max(first, chunkIndex(prev.chunks, oldChangeEnd) + 1));
    if (n === 0) {
      first = 0;
      last = -1;
    }
    const regionStart = n === 0 || first === 0 ? 0 : prev.chunks[first].start;
    const regionEndOld = n === 0 || last === n - 1 ? old.length : prev.chunks[last].end;
    const regionEndNew = regionEndOld + delta;
    const reuse = new Map<string, ChunkState>();
    for (let k = first; k <= last; k++) reuse.set(old.slice(prev.chunks[k].start, prev.chunks[k].end), prev.states[k]);

    const chunks: Chunk[] = prev.chunks.slice(0, first);
    const states: ChunkState[] = prev.states.slice(0, first);
    let analyzed = 0;
    const region = text.slice(regionStart, regionEndNew);
    for (const c of splitChunks(region)) {
      const chunk = { start: c.start + regionStart, end: c.end + regionStart };
      const chunkText = region.slice(c.start, c.end);
      const kept = reuse.get(chunkText);
      if (kept) states.push(moved(kept, chunk.start));
      else {
        states.push(stateOf(analyzeChunk(chunkText, options), chunk.start));
        analyzed++;
      }
      chunks.push(chunk);
    }
    for (let k = last + 1; k < n; k++) {
      const c = prev.chunks[k];
      chunks.push(delta ? { start: c.start + delta, end: c.end + delta } : c);
      states.push(moved(prev.states[k], c.start + delta));
    }
    return { state: { text, optionsKey: prev.optionsKey, options, chunks, states }, analyzed };
  };

  /** The quantities of chunk k of the current state, read again from its text when not recently read. */
  const quantitiesOf = (st: State, k: number): ScannedQuantity[] => {
    const key = st.states[k].spans;
    if (key.length === 0) return [];
    let qs = rescanned.get(key);
    if (qs) {
      rescanned.delete(key);
    } else {
      const c = st.chunks[k];
      qs = scanChunk(st.text.slice(c.start, c.end), st.options);
      rescannedFigures += qs.length;
      // Least recently used first out, until both bounds hold (the chunk just read is always kept).
      for (const [oldKey, oldQs] of rescanned) {
        if (rescanned.size < RESCANNED_CHUNKS && rescannedFigures <= RESCANNED_FIGURES) break;
        rescanned.delete(oldKey);
        rescannedFigures -= oldQs.length;
      }
    }
    rescanned.set(key, qs);
    return qs;
  };

  const update = (text: string, options: AnalyzeOptions = {}): DocumentAnalysis => {
    const key = JSON.stringify(options);
    const next = state && state.optionsKey === key ? incremental(state, text, options) : full(text, options, key);
    const st = (state = next.state);
    const { chunks, states } = st;
    // A plain loop: flatMap over thousands of mostly empty arrays was a fifth of a keystroke.
    const found: EngineDiagnostic[] = [];
    for (const c of states) for (const d of c.diagnostics) found.push(d);
    const diagnostics = suppressDiagnostics(text, found, options);
    const quantitiesIn = (start: number, end: number): Quantity[] => {
      const out: Quantity[] = [];
      for (let k = Math.max(0, chunkIndex(chunks, start) - 1); k < chunks.length && chunks[k].start < end; k++) {
        const base = chunks[k].start;
        const spans = states[k].spans;
        // The spans say whether any quantity overlaps before the chunk is read again.
        let any = false;
        for (let j = 0; j < spans.length && !any; j += SPAN_STRIDE) any = spans[j + 1] + base > start && spans[j] + base < end;
        if (!any) continue;
        for (const q of quantitiesOf(st, k)) {
          if (q.end + base > start && q.start + base < end) out.push(toPublicQuantity(q, base));
        }
      }
      return out;
    };
    return {
      diagnostics,
      quantityAt(offset) {
        const k = chunkIndex(chunks, offset);
        if (k < 0) return undefined;
        const base = chunks[k].start;
        const spans = states[k].spans;
        let hit = false;
        for (let j = 0; j < spans.length && !hit; j += SPAN_STRIDE) hit = spans[j] + base <= offset && offset < spans[j + 1] + base;
        if (!hit) return undefined;
        const q = quantitiesOf(st, k).find((x) => x.start + base <= offset && offset < x.end + base);
        return q ? toPublicQuantity(q, base) : undefined;
      },
      quantitiesIn,
      allQuantities: () => quantitiesIn(0, text.length + 1),
      quantitySpans(start = 0, end = text.length + 1) {
        const out: number[] = [];
        for (let k = Math.max(0, chunkIndex(chunks, start) - 1); k < chunks.length && chunks[k].start < end; k++) {
          const base = chunks[k].start;
          const spans = states[k].spans;
          for (let j = 0; j < spans.length; j += SPAN_STRIDE) {
            if (spans[j + 1] + base > start && spans[j] + base < end) out.push(spans[j] + base, spans[j + 1] + base, spans[j + 2]);
          }
        }
        return out;
      },
      analyzedChunks: next.analyzed,
      totalChunks: chunks.length,
    };
  };

  return {
    update,
    analyze(text, options = {}) {
      const d = update(text, options);
      return { quantities: d.allQuantities(), diagnostics: d.diagnostics };
    },
  };
}
