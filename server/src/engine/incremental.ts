// Incremental analysis for editors: a document is re-analyzed chunk by chunk, and a chunk whose text is unchanged
// since the previous call is taken from the cache instead of being scanned again. A keystroke therefore costs one
// pass to find chunk boundaries plus the analysis of the edited paragraph. The cache only keeps the chunks of the
// latest text, so memory stays proportional to the document.
import { analyzeChunk, shiftDiagnostic, suppressDiagnostics, toPublicQuantity, type ChunkResult } from './analyze';
import { splitChunks } from './chunks';
import type { AnalysisResult, AnalyzeOptions, EngineDiagnostic, Quantity } from './types';

export interface DocumentAnalysis {
  diagnostics: EngineDiagnostic[];
  /** The quantity whose span contains offset (end exclusive), if any. */
  quantityAt(offset: number): Quantity | undefined;
  /** Quantities that overlap [start, end). */
  quantitiesIn(start: number, end: number): Quantity[];
  /** Every quantity, materialized on demand. */
  allQuantities(): Quantity[];
  /** How many chunks were analyzed afresh (the rest came from the cache). */
  analyzedChunks: number;
  totalChunks: number;
}

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
  update(text: string, options?: AnalyzeOptions): DocumentAnalysis;
}

export function createAnalyzer(): Analyzer {
  let cache = new Map<string, ChunkResult>();
  let optionsKey = '';

  const update = (text: string, options: AnalyzeOptions = {}): DocumentAnalysis => {
    const key = JSON.stringify(options);
    if (key !== optionsKey) {
      cache = new Map();
      optionsKey = key;
    }
    const chunks = splitChunks(text);
    const next = new Map<string, ChunkResult>();
    const results: ChunkResult[] = new Array(chunks.length);
    let analyzed = 0;
    for (let k = 0; k < chunks.length; k++) {
      const c = chunks[k];
      const chunkText = text.slice(c.start, c.end);
      let r = cache.get(chunkText) ?? next.get(chunkText);
      if (!r) {
        r = analyzeChunk(chunkText, options);
        analyzed++;
      }
      next.set(chunkText, r);
      results[k] = r;
    }
    cache = next;
    const shifted: EngineDiagnostic[] = [];
    for (let k = 0; k < chunks.length; k++) {
      for (const d of results[k].diagnostics) shifted.push(shiftDiagnostic(d, chunks[k].start));
    }
    const diagnostics = suppressDiagnostics(text, shifted, options);
    /** Index of the last chunk starting at or before offset. */
    const chunkIndex = (offset: number): number => {
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
    };
    const quantitiesIn = (start: number, end: number): Quantity[] => {
      const out: Quantity[] = [];
      for (let k = Math.max(0, chunkIndex(start)); k < chunks.length && chunks[k].start < end; k++) {
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
        const k = chunkIndex(offset);
        if (k < 0) return undefined;
        const base = chunks[k].start;
        const q = results[k].quantities.find((x) => x.start + base <= offset && offset < x.end + base);
        return q ? toPublicQuantity(q, base) : undefined;
      },
      quantitiesIn,
      allQuantities: () => quantitiesIn(0, text.length + 1),
      analyzedChunks: analyzed,
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
