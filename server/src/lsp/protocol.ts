// The StatLens extensions to LSP, shared by the server and the VS Code client.
// Plain data and method names only: the client imports this file, so no server code may be reached from here.

/** A diagnostic `source`; also how the client tells StatLens findings apart in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'StatLens';

/** Code of the information diagnostic shown instead of findings when a file is over statlens.maxFileSize. */
export const FILE_TOO_LARGE_CODE = 'file-too-large';

/** Commands the server puts into code actions. The VS Code client persists them in settings; other
 *  editors send them back to the server (workspace/executeCommand), which applies them for the session. */
export const Commands = {
  disableRule: 'statlens.disableRule',
} as const;

export interface QuantityRow {
  text: string;
  value: number | null;
  exact: string;
  unit: string | null;
  kind: string;
  min: number | null;
  max: number | null;
  /** Zero-based LSP position of the quantity's start, and its range. */
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  /** The normalized value as the hover shows it (`26,237,000`). */
  display: string;
  /** Number of findings on this figure. */
  findings: number;
}

/** Why a document produced no analysis. */
export type SkipReason = 'disabled' | 'language' | 'too-large';

export interface QuantitiesParams {
  uri: string;
}
export interface QuantitiesResult {
  uri: string;
  version: number | null;
  skipped: SkipReason | null;
  quantities: QuantityRow[];
}
export const QuantitiesRequest = 'statlens/quantities';

/** Analyze text that is not open in the editor (Check Workspace). */
export interface CheckTextParams {
  uri: string;
  languageId: string;
  text: string;
}
export interface CheckTextResult {
  skipped: SkipReason | null;
  /** LSP diagnostics (same shape as publishDiagnostics). */
  diagnostics: unknown[];
  quantityCount: number;
}
export const CheckTextRequest = 'statlens/checkText';
