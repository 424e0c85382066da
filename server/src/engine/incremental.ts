// Incremental analysis for editors. A document is analyzed chunk by chunk (chunks.ts); between two calls only the
// chunks around the edited region are split and analyzed again. The edit is found by comparing the new text with
// the previous one (common prefix and suffix), so a keystroke costs two linear comparisons of character codes plus
// the analysis of one paragraph; chunks before the edit keep their results as they are, chunks after it are
// shifted. Results are identical to analyze() by construction: both run analyzeChunk() on the same chunks.
import { analyzeChunk, shiftDiagnostic, suppressDiagnostics, toPublicQuantity, type ChunkResult } from './analyze';
import { splitChunks, type Chunk } from './chunks';
import type { AnalysisResult, AnalyzeOptions, EngineDiagnostic, Quantity } from './types';

export interface DocumentAnalysis {
  diagnostics: EngineDiagnostic[];
  /** The quantity whose span contains offset (end exclusive), if any. */
  quantityAt(offset: number): Quantity | undefined;
  /** Quantities that overlap [start, end). */
  quantitiesIn(start: number, end: number): Quantity[];
  /** Every quantity, materialized on demand. */
  allQuantities(): Quantity[];
  /** How many chunks were analyzed afresh (the rest were reused). */
  analyzedChunks: number;
  totalChunks: number;
}

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
  update(text: string, options?: AnalyzeOptions): DocumentAnalysis;
}

interface State {
  text: string;
  optionsKey: string;
  chunks: Chunk[];
  results: ChunkResult[];
  /** Diagnostics of each chunk, already shifted to document offsets. */
  shifted: EngineDiagnostic[][];
}

const BLOCK = 2048;

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

export function createAnalyzer(): Analyzer {
  let state: State | null = null;

  const full = (text: string, options: AnalyzeOptions, optionsKey: string): { state: State; analyzed: number } => {
    const chunks = splitChunks(text);
    const results = chunks.map((c) => analyzeChunk(text.slice(c.start, c.end), options));
    const shifted = results.map((r, k) => r.diagnostics.map((d) => shiftDiagnostic(d, chunks[k].start)));
    return { state: { text, optionsKey, chunks, results, shifted }, analyzed: chunks.length };
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
    const reuse = new Map<string, ChunkResult>();
    for (let k = first; k <= last; k++) reuse.set(old.slice(prev.chunks[k].start, prev.chunks[k].end), prev.results[k]);

    const chunks: Chunk[] = prev.chunks.slice(0, first);
    const results: ChunkResult[] = prev.results.slice(0, first);
    const shifted: EngineDiagnostic[][] = prev.shifted.slice(0, first);
    let analyzed = 0;
    const region = text.slice(regionStart, regionEndNew);
    for (const c of splitChunks(region)) {
      const chunk = { start: c.start + regionStart, end: c.end + regionStart };
      const chunkText = region.slice(c.start, c.end);
      let r = reuse.get(chunkText);
      if (!r) {
        r = analyzeChunk(chunkText, options);
        analyzed++;
      }
      chunks.push(chunk);
      results.push(r);
      shifted.push(r.diagnostics.map((d) => shiftDiagnostic(d, chunk.start)));
    }
    for (let k = last + 1; k < n; k++) {
      const c = prev.chunks[k];
      chunks.push(delta ? { start: c.start + delta, end: c.end + delta } : c);
      results.push(prev.results[k]);
      shifted.push(delta ? prev.shifted[k].map((d) => shiftDiagnostic(d, delta)) : prev.shifted[k]);
    }
    return { state: { text, optionsKey: prev.optionsKey, chunks, results, shifted }, analyzed };
  };

  const update = (text: string, options: AnalyzeOptions = {}): DocumentAnalysis => {
    const key = JSON.stringify(options);
    const next = state && state.optionsKey === key ? incremental(state, text, options) : full(text, options, key);
    state = next.state;
    const { chunks, results } = state;
    const diagnostics = suppressDiagnostics(text, state.shifted.flat(), options);
    const quantitiesIn = (start: number, end: number): Quantity[] => {
      const out: Quantity[] = [];
      for (let k = Math.max(0, chunkIndex(chunks, start) - 1); k < chunks.length && chunks[k].start < end; k++) {
        const base = chunks[k].start;
        for (const q of results[k].quantities) {
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
        const q = results[k].quantities.find((x) => x.start + base <= offset && offset < x.end + base);
        return q ? toPublicQuantity(q, base) : undefined;
      },
      quantitiesIn,
      allQuantities: () => quantitiesIn(0, text.length + 1),
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
