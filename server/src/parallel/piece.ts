// One piece of a document analyzed as analyze() analyzes it, chunk by chunk, with the results at document offsets.
// What a worker thread of the pool (pool.ts, worker.ts) does with each request; suppression comments are applied by
// the pool on the whole document, as analyze() does after its chunks.
import { analyzeChunk, shiftDiagnostic, shiftQuantity } from '../engine/analyze';
import { splitChunks } from '../engine/chunks';
import type { AnalyzeOptions, EngineDiagnostic, Quantity } from '../engine/types';

export interface PieceRequest {
  id: number;
  /** The piece: whole chunks of the document, from `offset`. */
  text: string;
  offset: number;
  options: AnalyzeOptions;
}

export interface PieceResponse {
  id: number;
  quantities: Quantity[];
  diagnostics: EngineDiagnostic[];
  /** Set when the analysis threw: the message, so the pool can report it for this document only. */
  error?: string;
}

export function analyzePiece(request: PieceRequest): PieceResponse {
  const quantities: Quantity[] = [];
  const diagnostics: EngineDiagnostic[] = [];
  try {
    for (const chunk of splitChunks(request.text)) {
      const at = request.offset + chunk.start;
      const r = analyzeChunk(request.text.slice(chunk.start, chunk.end), request.options);
      // fresh objects nobody else holds: moved to document offsets in place, as analyze() does
      for (const q of r.quantities) quantities.push(shiftQuantity(q, at));
      for (const d of r.diagnostics) diagnostics.push(shiftDiagnostic(d, at));
    }
  } catch (error) {
    return { id: request.id, quantities: [], diagnostics: [], error: error instanceof Error ? error.message : String(error) };
  }
  return { id: request.id, quantities, diagnostics };
}

