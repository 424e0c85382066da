// Engine-internal shapes. A scanned quantity is the public Quantity itself (offsets relative to its chunk until
// analyze() shifts them); its span in the CLEAN (normalized) text, which the relation finder reads cue words from,
// is kept beside it in a flat array rather than on it, so that the object the scanner makes is the object analyze()
// returns: no second object per figure.
import type { Quantity } from './types';

export type ScannedQuantity = Quantity;

/** Numbers per quantity in ScanResult.clean: start and end of the whole quantity (unit included), start and end of
 *  the figure alone, all in the clean text. */
export const CLEAN_STRIDE = 4;

export interface ScanResult {
  quantities: ScannedQuantity[];
  /** CLEAN_STRIDE numbers per quantity, in the same order. */
  clean: number[];
}
