// The engine's public face: text in, { quantities, diagnostics } out. Pure; no editor or LSP imports.
// A document is analyzed chunk by chunk (see chunks.ts); createAnalyzer() in incremental.ts reuses the same
// analyzeChunk() with a cache, so both paths give identical results by construction.
import { splitChunks } from './chunks';
import { normalize } from './normalize';
import { scanQuantities } from './scan';
import { rules, runRules } from './rules';
import { applySuppressions } from './suppress';
import type { ScannedQuantity } from './internal';
import type { AnalysisResult, AnalyzeOptions, EngineDiagnostic, Quantity } from './types';

/** A copy of a quantity at document offsets: for quantities kept in a cache, which must not be changed. */
export function toPublicQuantity(q: ScannedQuantity, offset = 0): Quantity {
  // An explicit literal: a spread was a measurable share of materializing quantities.
  return {
    start: q.start + offset,
    end: q.end + offset,
    numberStart: q.numberStart + offset,
    numberEnd: q.numberEnd + offset,
    text: q.text,
    value: q.value,
    exact: q.exact,
    unit: q.unit,
    kind: q.kind,
    min: q.min,
    max: q.max,
    lo: q.lo,
    hi: q.hi,
    approx: q.approx,
    format: q.format,
  };
}

/** Results of one chunk, offsets relative to the chunk. */
export interface ChunkResult {
  quantities: ScannedQuantity[];
  diagnostics: EngineDiagnostic[];
}

/** The quantities of one chunk, without the checks: what analyzeChunk() found, read again. */
export function scanChunk(text: string, options: AnalyzeOptions): ScannedQuantity[] {
  return scanQuantities(normalize(text), options).quantities;
}

export function analyzeChunk(text: string, options: AnalyzeOptions): ChunkResult {
  const norm = normalize(text);
  const { quantities, clean } = scanQuantities(norm, options);
  const diagnostics = runRules({ norm, quantities, clean, options });
  return { quantities, diagnostics };
}

export function shiftQuantity(q: Quantity, offset: number): Quantity {
  q.start += offset;
  q.end += offset;
  q.numberStart += offset;
  q.numberEnd += offset;
  return q;
}

export function shiftDiagnostic(d: EngineDiagnostic, offset: number): EngineDiagnostic {
  if (!offset) return d;
  return {
    ...d,
    start: d.start + offset,
    end: d.end + offset,
    fix: d.fix ? { ...d.fix, start: d.fix.start + offset, end: d.fix.end + offset } : undefined,
    related: d.related.map((r) => ({ ...r, start: r.start + offset, end: r.end + offset })),
  };
}

export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const quantities: Quantity[] = [];
  const diagnostics: EngineDiagnostic[] = [];
  for (const chunk of splitChunks(text)) {
    const r = analyzeChunk(text.slice(chunk.start, chunk.end), options);
    // The chunk's quantities are fresh and nobody else holds them: they move to document offsets in place.
    for (const q of r.quantities) quantities.push(chunk.start ? shiftQuantity(q, chunk.start) : q);
    for (const d of r.diagnostics) diagnostics.push(shiftDiagnostic(d, chunk.start));
  }
  return { quantities, diagnostics: suppressDiagnostics(text, diagnostics, options) };
}

/** The quantities of a document without the checks: what a hover, an export or a recognizer needs. The same
 *  chunks and the same scan as analyze(), so the quantities are identical to analyze(text).quantities; the
 *  relation finder and the rules do not run (about three quarters of analyze()'s time on report text). */
export function recognize(text: string, options: AnalyzeOptions = {}): Quantity[] {
  const quantities: Quantity[] = [];
  for (const chunk of splitChunks(text)) {
    for (const q of scanChunk(text.slice(chunk.start, chunk.end), options)) quantities.push(chunk.start ? shiftQuantity(q, chunk.start) : q);
  }
  return quantities;
}

/** Whole-document step after the chunks: a suppression comment and its target may sit in different chunks. */
export function suppressDiagnostics(text: string, diagnostics: EngineDiagnostic[], options: AnalyzeOptions): EngineDiagnostic[] {
  return applySuppressions(text, diagnostics, { knownCodes: rules.map((r) => r.meta.code), locale: options.locale, rules: options.rules });
}
