// The statlens/quantities and statlens/checkText requests: the data behind the client's quantities table,
// CSV export and Check Workspace. Rows carry LSP positions so the client never converts offsets.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../engine/types';
import type { Analysis } from './analysis';
import { diagnosticsFor } from './diagnostics';
import { formatValue } from './format';
import { OverlapIndex } from './overlap';
import type { CheckTextResult, QuantitiesResult, QuantityRow } from './protocol';

export function quantityRows(document: TextDocument, analysis: Analysis, locale: Locale): QuantityRow[] {
  const findings = new OverlapIndex(analysis.result.diagnostics);
  return analysis.result.quantities.map((q) => {
    const start = document.positionAt(q.start);
    const end = document.positionAt(q.end);
    return {
      text: q.text,
      value: q.value,
      exact: q.exact,
      unit: q.unit,
      kind: q.kind,
      min: q.min,
      max: q.max,
      line: start.line,
      character: start.character,
      endLine: end.line,
      endCharacter: end.character,
      display: formatValue(q, locale),
      findings: findings.count(q.start, q.end),
    };
  });
}

export function quantitiesResult(document: TextDocument, analysis: Analysis, locale: Locale): QuantitiesResult {
  return { uri: document.uri, version: document.version, skipped: analysis.skipped, quantities: quantityRows(document, analysis, locale) };
}

export function checkTextResult(document: TextDocument, analysis: Analysis, maxFileSize: number, locale: Locale): CheckTextResult {
  return {
    skipped: analysis.skipped,
    diagnostics: diagnosticsFor(document, analysis, maxFileSize, locale),
    quantityCount: analysis.result.quantities.length,
  };
}
