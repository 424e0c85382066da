// CSV for "Export Quantities as CSV". Pure (no vscode import) so it can be tested without an editor.
import type { QuantityRow } from '../../server/src/lsp/protocol';

export const CSV_COLUMNS = ['line', 'column', 'text', 'value', 'exact', 'unit', 'kind', 'min', 'max', 'findings'] as const;

/** RFC 4180 field: quoted when it contains a comma, quote, CR or LF; formula-leading characters are
 *  prefixed with an apostrophe so a spreadsheet never evaluates document text. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Lines and columns are 1-based here, as people count them. A BOM lets spreadsheet programs read UTF-8 Chinese. */
export function quantitiesToCsv(rows: readonly QuantityRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push([
      r.line + 1, r.character + 1, r.text, r.value, r.exact, r.unit, r.kind, r.min, r.max, r.findings,
    ].map(csvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
