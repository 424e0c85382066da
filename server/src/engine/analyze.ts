// The engine's public face: text in, { quantities, diagnostics } out. Pure; no editor or LSP imports.
import { normalize } from './normalize';
import { scanQuantities } from './scan';
import { runRules } from './rules';
import type { ScannedQuantity } from './internal';
import type { AnalysisResult, AnalyzeOptions, Quantity } from './types';

export function toPublicQuantity(q: ScannedQuantity): Quantity {
  const { cleanStart: _a, cleanEnd: _b, cleanNumberStart: _c, cleanNumberEnd: _d, ...pub } = q;
  return pub;
}

export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const norm = normalize(text);
  const scanned = scanQuantities(norm, options);
  const diagnostics = runRules({ norm, quantities: scanned, options });
  return { quantities: scanned.map(toPublicQuantity), diagnostics };
}
