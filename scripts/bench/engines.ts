// The engine entry points the benchmark and the robustness tests call, including the incremental analyzer
// when it has been built (server/src/engine/incremental.ts is optional: looked up at run time).
import * as fs from 'fs';
import * as path from 'path';
import type { AnalysisResult, AnalyzeOptions } from '../../server/src/engine';

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): AnalysisResult;
  /** The lazy form the server can use: diagnostics now, quantities on demand. */
  update?(text: string, options?: AnalyzeOptions): { diagnostics: unknown[]; analyzedChunks?: number; totalChunks?: number };
}

/** out/server/src/engine/incremental.js, seen from out/scripts/bench/ (or any out/<dir>/<dir>/). */
const INCREMENTAL = path.resolve(__dirname, '..', '..', 'server', 'src', 'engine', 'incremental.js');

/** createAnalyzer from the incremental module, or null when it does not exist (yet). */
export function loadCreateAnalyzer(): (() => Analyzer) | null {
  if (!fs.existsSync(INCREMENTAL)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(INCREMENTAL) as { createAnalyzer?: () => Analyzer };
  return typeof mod.createAnalyzer === 'function' ? mod.createAnalyzer : null;
}
