// Incremental analysis for editors. A document is analyzed chunk by chunk (chunks.ts); between two calls only the
// chunks around the edited region are split and analyzed again. The edit is found by comparing the new text with
// the previous one (common prefix and suffix), so a keystroke costs two linear comparisons of character codes plus
// the analysis of one paragraph; chunks before the edit keep their results as they are, chunks after it are
// shifted. Results are identical to analyze() by construction: both run analyzeChunk() on the same chunks.
import { analyzeChunk, scanChunk, shiftDiagnostic, suppressDiagnostics, toPublicQuantity } from './analyze';
import type { ScannedQuantity } from './internal';
import { splitChunks } from './chunks';
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

/** What is kept of one analyzed chunk between edits: where it is, its diagnostics and its quantities' spans.
 *  Its quantities are not kept as objects: an editor needs them only for the few paragraphs on screen, and as
 *  objects they were most of the analyzer's memory (about 20 MiB per MiB of report text). Their spans are kept,
 *  and the full quantities are read again from the chunk's text when asked for (scanning one paragraph takes
 *  microseconds, and gives the same result by construction). A document has thousands of chunks: one small object
 *  each, with its spans packed into a string (measured with ten 1 MiB documents open: a chunk and its state as two
 *  objects and the spans as a plain array took 5 MiB more of the server's memory; a typed array per chunk costs a
 *  buffer outside the heap each, 15 MiB of RSS for 42,000 of them). */
interface ChunkState {
  /** Document offset of the chunk's first character; its diagnostics are shifted to it. */
  start: number;
  /** End of the chunk, line break excluded. */
  end: number;
  /** The chunk's diagnostics, in document offsets. */
  diagnostics: readonly EngineDiagnostic[];
  /** start, end (relative to the chunk) and flags of each quantity, in scan order: SPAN_STRIDE numbers each, as the
   *  char codes of a string (2 bytes a number, not 8) when every offset fits in one, else as a plain array. */
  spans: Spans;
  /** Which analysis of a chunk's text this is: kept when the chunk only moves, new when it is analyzed again (the
   *  key of its quantities read again, so an edited chunk is never served stale and a moved one is not read again). */
  id: number;
}

type Spans = string | readonly number[];

interface State {
  text: string;
  optionsKey: string;
  options: AnalyzeOptions;
  chunks: ChunkState[];
}

const BLOCK = 2048;
/** Chunks whose quantities are kept as objects after they were read again (hover, inlay hints on screen), and how
 *  many figures they may hold together: a document that is one huge paragraph must not keep every figure it has
 *  as objects after one hover (the reason the analyzer keeps only spans). */
const RESCANNED_CHUNKS = 256;
const RESCANNED_FIGURES = 8192;

/** Index of the last chunk starting at or before offset, or -1. */
function chunkIndex(chunks: readonly ChunkState[], offset: number): number {
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
const NO_DIAGNOSTICS: readonly EngineDiagnostic[] = Object.freeze([]);

/** Largest number a span string holds (one UTF-16 code unit). */
const MAX_PACKED = 0xffff;

function spansOf(quantities: readonly ScannedQuantity[], chunkLength: number): Spans {
  if (quantities.length === 0) return '';
  if (chunkLength <= MAX_PACKED) {
    // (built in pieces of at most a few thousand codes: fromCharCode takes its arguments on the stack)
    const codes: number[] = [];
    for (const q of quantities) codes.push(q.start, q.end, q.approx ? SPAN_APPROXIMATE : 0);
    let out = '';
    for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
    return out;
  }
  // Sized once (no spare capacity, as growing by push would leave) and filled completely.
  const spans = new Array<number>(quantities.length * SPAN_STRIDE);
  for (let k = 0; k < quantities.length; k++) {
    spans[SPAN_STRIDE * k] = quantities[k].start;
    spans[SPAN_STRIDE * k + 1] = quantities[k].end;
    spans[SPAN_STRIDE * k + 2] = quantities[k].approx ? SPAN_APPROXIMATE : 0;
  }
  return spans;
}

function spanAt(spans: Spans, j: number): number {
  return typeof spans === 'string' ? spans.charCodeAt(j) : spans[j];
}

/** The same chunk at a new document offset. */
function moved(st: ChunkState, start: number, end: number): ChunkState {
  const delta = start - st.start;
  if (!delta) return st;
  const diagnostics = st.diagnostics.length ? st.diagnostics.map((d) => shiftDiagnostic(d, delta)) : NO_DIAGNOSTICS;
  return { start, end, diagnostics, spans: st.spans, id: st.id };
}

export function createAnalyzer(): Analyzer {
  let state: State | null = null;
  // Quantities read again, most recently used last, keyed by ChunkState.id.
  let rescanned = new Map<number, ScannedQuantity[]>();
  let rescannedFigures = 0;
  let nextId = 0;

  const analyzed = (text: string, start: number, end: number, options: AnalyzeOptions): ChunkState => {
    const r = analyzeChunk(text, options);
    const diagnostics = r.diagnostics.length ? r.diagnostics.map((d) => shiftDiagnostic(d, start)) : NO_DIAGNOSTICS;
    return { start, end, diagnostics, spans: spansOf(r.quantities, end - start), id: nextId++ };
  };

  const full = (text: string, options: AnalyzeOptions, optionsKey: string): { state: State; analyzed: number } => {
    const chunks = splitChunks(text).map((c) => analyzed(text.slice(c.start, c.end), c.start, c.end, options));
    rescanned = new Map();
    rescannedFigures = 0;
    return { state: { text, optionsKey, options, chunks }, analyzed: chunks.length };
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
    for (let k = first; k <= last; k++) reuse.set(old.slice(prev.chunks[k].start, prev.chunks[k].end), prev.chunks[k]);

    const chunks: ChunkState[] = prev.chunks.slice(0, first);
    let fresh = 0;
    const region = text.slice(regionStart, regionEndNew);
    for (const c of splitChunks(region)) {
      const start = c.start + regionStart;
      const end = c.end + regionStart;
      const chunkText = region.slice(c.start, c.end);
      const kept = reuse.get(chunkText);
      if (kept) chunks.push(moved(kept, start, end));
      else {
        chunks.push(analyzed(chunkText, start, end, options));
        fresh++;
      }
    }
    for (let k = last + 1; k < n; k++) {
      const c = prev.chunks[k];
      chunks.push(moved(c, c.start + delta, c.end + delta));
    }
    return { state: { text, optionsKey: prev.optionsKey, options, chunks }, analyzed: fresh };
  };

  /** The quantities of chunk k of the current state, read again from its text when not recently read. */
  const quantitiesOf = (st: State, k: number): ScannedQuantity[] => {
    const c = st.chunks[k];
    if (c.spans.length === 0) return [];
    let qs = rescanned.get(c.id);
    if (qs) {
      rescanned.delete(c.id);
    } else {
      qs = scanChunk(st.text.slice(c.start, c.end), st.options);
      rescannedFigures += qs.length;
      // Least recently used first out, until both bounds hold (the chunk just read is always kept).
      for (const [oldKey, oldQs] of rescanned) {
        if (rescanned.size < RESCANNED_CHUNKS && rescannedFigures <= RESCANNED_FIGURES) break;
        rescanned.delete(oldKey);
        rescannedFigures -= oldQs.length;
      }
    }
    rescanned.set(c.id, qs);
    return qs;
  };

  const update = (text: string, options: AnalyzeOptions = {}): DocumentAnalysis => {
    const key = JSON.stringify(options);
    const next = state && state.optionsKey === key ? incremental(state, text, options) : full(text, options, key);
    const st = (state = next.state);
    const { chunks } = st;
    // A plain loop: flatMap over thousands of mostly empty arrays was a fifth of a keystroke.
    const found: EngineDiagnostic[] = [];
    for (const c of chunks) for (const d of c.diagnostics) found.push(d);
    const diagnostics = suppressDiagnostics(text, found, options);
    const quantitiesIn = (start: number, end: number): Quantity[] => {
      const out: Quantity[] = [];
      for (let k = Math.max(0, chunkIndex(chunks, start) - 1); k < chunks.length && chunks[k].start < end; k++) {
        const base = chunks[k].start;
        const spans = chunks[k].spans;
        // The spans say whether any quantity overlaps before the chunk is read again.
        let any = false;
        for (let j = 0; j < spans.length && !any; j += SPAN_STRIDE) any = spanAt(spans, j + 1) + base > start && spanAt(spans, j) + base < end;
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
        const spans = chunks[k].spans;
        let hit = false;
        for (let j = 0; j < spans.length && !hit; j += SPAN_STRIDE) hit = spanAt(spans, j) + base <= offset && offset < spanAt(spans, j + 1) + base;
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
          const spans = chunks[k].spans;
          for (let j = 0; j < spans.length; j += SPAN_STRIDE) {
            const a = spanAt(spans, j) + base;
            const b = spanAt(spans, j + 1) + base;
            if (b > start && a < end) out.push(a, b, spanAt(spans, j + 2));
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
