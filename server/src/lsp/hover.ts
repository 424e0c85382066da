// Hover on a quantity: its normalized value (grouped, with the 万/亿 reading), kind, unit, bounds and
// rounding interval; on a flagged figure, each finding with its computation and the expected value.
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineDiagnostic, Locale, Quantity } from '../engine/types';
import { render } from '../l10n';
import { serverMessages } from '../l10n/server';
import type { Analysis } from './analysis';
import { formatBounds, formatInKind, formatInterval, formatReading, formatValue } from './format';

/** The quantity under `offset`: the one containing it, else one ending right at it (cursor after a figure). */
export function quantityAt(quantities: readonly Quantity[], offset: number): Quantity | undefined {
  return quantities.find((q) => q.start <= offset && offset < q.end) ?? quantities.find((q) => q.end === offset);
}

export function findingsOn(q: Quantity, diagnostics: readonly EngineDiagnostic[]): EngineDiagnostic[] {
  // A plain loop: this runs over every finding of the document on each hover.
  const out: EngineDiagnostic[] = [];
  const { start, end } = q;
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i];
    if (d.start < end && start < d.end) out.push(d);
  }
  return out;
}

/** Markdown characters that could change the rendering of text quoted from the document. Digits, `.`, `,`
 *  and `-` are left alone: we never start a line with quoted text, so they cannot start a list. */
function escapeMarkdown(text: string): string {
  let out = '';
  for (const ch of text) out += '\\`*_[]|<>~'.includes(ch) ? '\\' + ch : ch;
  return out;
}

export function hoverMarkdown(q: Quantity, findings: readonly EngineDiagnostic[], locale: Locale): string {
  const t = (id: string, args?: Record<string, string | number>) => render(serverMessages, id, locale, args);
  const unit = q.kind === 'number' && q.unit ? ` ${escapeMarkdown(q.unit)}` : '';
  const reading = formatReading(q);
  const lines: string[] = [];
  // The reading is Chinese, so its unit follows without a space (`2623.7万人次`).
  const readingUnit = q.kind === 'number' && q.unit ? escapeMarkdown(q.unit) : '';
  lines.push(`**${escapeMarkdown(formatValue(q, locale))}**${unit}` + (reading ? ` · ${escapeMarkdown(reading)}${readingUnit}` : '') +
    ` — \`${q.text.replace(/`/g, "'")}\``);
  lines.push('');
  const rows: Array<[string, string]> = [[t('hover.kind'), t(`kind.${q.kind}`)]];
  if (q.unit) rows.push([t('hover.unit'), escapeMarkdown(q.unit)]);
  const bounds = formatBounds(q, locale);
  if (bounds) rows.push([t('hover.bounds'), escapeMarkdown(bounds)]);
  if (q.approx) rows.push([t('hover.approx'), t(`approx.${q.approx}`)]);
  // The interval adds something only for a figure that is not exact and not already given as bounds.
  const interval = formatInterval(q, locale);
  if (interval && q.lo !== q.hi && interval !== bounds) rows.push([t('hover.interval'), escapeMarkdown(interval)]);
  for (const [label, value] of rows) lines.push(`- ${label}: ${value}`);

  for (const d of findings) {
    lines.push('', '---', '');
    lines.push(`**${t('hover.finding')}** \`${d.code}\`: ${escapeMarkdown(d.message)}`);
    for (const r of d.related) lines.push(`- ${t('hover.related')}: ${escapeMarkdown(r.message)}`);
    if (d.expected !== null) lines.push(`- ${t('hover.expected')}: **${escapeMarkdown(formatInKind(d.expected, q.kind, locale))}**`);
    if (d.fix) lines.push(`- ${t('hover.suggestion')}: \`${d.fix.newText.replace(/`/g, "'")}\``);
    if (d.docs) lines.push(`- ${t('hover.docs')}: ${escapeMarkdown(d.docs)}`);
  }
  return lines.join('\n');
}

export function hoverAt(document: TextDocument, offset: number, analysis: Analysis, locale: Locale): Hover | null {
  if (analysis.skipped) return null;
  // the figure under the cursor, or the one the cursor is right after
  const q = analysis.lookup
    ? analysis.lookup.quantityAt(offset) ?? (offset > 0 ? analysis.lookup.quantityAt(offset - 1) : undefined)
    : quantityAt(analysis.result.quantities, offset);
  if (!q) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: hoverMarkdown(q, findingsOn(q, analysis.result.diagnostics), locale) },
    range: { start: document.positionAt(q.start), end: document.positionAt(q.end) },
  };
}
