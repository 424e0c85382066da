// The contract between analyze() and the rule modules.
import type { NormalizedText } from '../normalize';
import type { ScannedQuantity } from '../internal';
import type { AnalyzeOptions, EngineDiagnostic, Severity } from '../types';

export interface RuleMeta {
  /** The diagnostic code (a public contract: CLI JSON, LSP, docs). */
  code: string;
  defaultSeverity: Severity;
  /** Path of the rule's page, relative to the repository root. */
  docs: string;
  /** Off unless the user turns it on. */
  defaultOff?: boolean;
}

export interface RuleContext {
  norm: NormalizedText;
  quantities: ScannedQuantity[];
  /** Spans of the quantities in the clean text, CLEAN_STRIDE numbers each (see internal.ts). */
  clean: readonly number[];
  options: AnalyzeOptions;
  /** Results the rules of one analysis share (relations, evaluations), filled on first use. A plain field rather
   *  than a WeakMap keyed by the context: a document is thousands of contexts, and weak tables cost the collector. */
  memo?: Record<string, unknown>;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): EngineDiagnostic[];
}
