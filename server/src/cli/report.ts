// What the CLI knows about each input once it has been read and analyzed; every formatter reads only this.
import type { AnalysisResult, Locale, Severity } from '../engine/types';
import type { LineIndex } from './lineIndex';

export type FileReport =
  | { ok: true; path: string; encoding: string; text: string; lines: LineIndex; result: AnalysisResult }
  | { ok: false; path: string; messageId: string; args: Record<string, string | number> };

export interface FormatContext {
  locale: Locale;
  /** Text format: findings only. */
  quiet: boolean;
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;

/** Most severe first; a finding fails the run when its rank is <= the --fail-on rank. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
