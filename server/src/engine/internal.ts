// Engine-internal shapes: quantities also carry their span in the CLEAN (normalized) text, which is what the
// relation finder and rules read cue words from. analyze() strips these before results leave the engine.
import type { Quantity } from './types';

export interface ScannedQuantity extends Quantity {
  /** Span of the whole quantity (unit included) in the clean text. */
  cleanStart: number;
  cleanEnd: number;
  /** Span of the figure alone in the clean text. */
  cleanNumberStart: number;
  cleanNumberEnd: number;
}
