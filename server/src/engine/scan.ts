import type { NormalizedText } from './normalize';
import type { ScannedQuantity } from './internal';
import type { AnalyzeOptions } from './types';
export function scanQuantities(_norm: NormalizedText, _options: AnalyzeOptions): ScannedQuantity[] { return []; }
