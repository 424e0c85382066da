// Inlay hints: the normalized value after figures a reader has to convert in their head — those written
// with 万/亿 or in Chinese numerals. Plain Arabic figures (`3,000`) already say their value.
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale, Quantity } from '../engine/types';
import type { Analysis } from './analysis';
import { formatBounds, formatReading, formatValue } from './format';

export function needsHint(q: Quantity): boolean {
  return q.format.magnitude !== '' || q.format.style !== 'arabic';
}

export function hintLabel(q: Quantity, locale: Locale): string {
  const bounds = q.min !== null && q.max !== null ? formatBounds(q, locale) : null;
  return `= ${bounds ?? formatValue(q, locale)}`;
}

export function inlayHintsFor(document: TextDocument, range: Range, analysis: Analysis, locale: Locale): InlayHint[] {
  if (analysis.skipped) return [];
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const inRange = analysis.lookup ? analysis.lookup.quantitiesIn(Math.max(0, from - 1), to + 1) : analysis.result.quantities;
  return inRange
    .filter((q) => q.end >= from && q.start <= to && needsHint(q))
    .map((q) => {
      const reading = formatReading(q);
      return {
        position: document.positionAt(q.end),
        label: hintLabel(q, locale),
        kind: InlayHintKind.Parameter,
        paddingLeft: true,
        tooltip: reading ? `${q.text} → ${formatValue(q, locale)} (${reading})` : `${q.text} → ${formatValue(q, locale)}`,
      };
    });
}
