// Compiler-style lines a person reads (and editors' problem matchers parse):
//   report.txt:3:12: warning percent-mismatch: …
//   report.txt:3:12: note: …                          (a related figure)
//   report.txt:2:5: quantity 2623.7萬人次 = 26,237,000 人次 (number)
// Lines and columns are 1-based; columns count UTF-16 code units, like the JSON and SARIF output.
import { render } from '../../l10n';
import { cliCatalog } from '../../l10n/cli';
import { groupDigits } from '../../engine/format';
import type { EngineDiagnostic, Locale, Quantity, QuantityKind } from '../../engine/types';
import type { LineIndex } from '../lineIndex';
import type { FileReport, Formatter } from '../report';

/** A bound (a double) written like the value: grouped, no exponent, no float noise. */
function boundFigure(bound: number): string {
  return bound.toLocaleString('en-US', { maximumFractionDigits: 12, useGrouping: true });
}

/** How each kind writes a figure: unit after numbers, % after percents, × before multiples. */
const KIND_DISPLAY: Record<QuantityKind, (figure: string, q: Quantity, locale: Locale) => string> = {
  number: (figure, q) => (q.unit ? `${figure} ${q.unit}` : figure),
  percent: (figure) => `${figure}%`,
  'percentage-point': (figure, _q, locale) => `${figure} ${render(cliCatalog, 'unit.percentagePoint', locale)}`,
  multiple: (figure) => `×${figure}`,
  fraction: (figure) => figure,
};

function describeQuantity(q: Quantity, locale: Locale): string {
  const show = (figure: string) => KIND_DISPLAY[q.kind](figure, q, locale);
  const details = [render(cliCatalog, `kind.${q.kind}`, locale)];
  if (q.min !== null && q.max !== null) {
    details.push(render(cliCatalog, 'text.bounds', locale, { min: show(boundFigure(q.min)), max: show(boundFigure(q.max)) }));
  } else if (q.min !== null) {
    details.push(render(cliCatalog, 'text.atLeast', locale, { min: show(boundFigure(q.min)) }));
  } else if (q.max !== null) {
    details.push(render(cliCatalog, 'text.atMost', locale, { max: show(boundFigure(q.max)) }));
  }
  const separator = locale === 'zh-cn' ? '，' : ', ';
  return `${render(cliCatalog, 'text.quantity', locale)} ${q.text} = ${show(groupDigits(q.exact))} (${details.join(separator)})`;
}

export function displayPath(path: string, locale: Locale): string {
  return path === '-' ? render(cliCatalog, 'text.stdin', locale) : path;
}

function place(path: string, lines: LineIndex, offset: number): string {
  const { line, character } = lines.positionAt(offset);
  return `${path}:${line + 1}:${character + 1}`;
}

function diagnosticLines(d: EngineDiagnostic, path: string, lines: LineIndex, locale: Locale): string[] {
  const severity = render(cliCatalog, `severity.${d.severity}`, locale);
  const note = render(cliCatalog, 'text.note', locale);
  return [
    `${place(path, lines, d.start)}: ${severity} ${d.code}: ${d.message}`,
    ...d.related.map((r) => `${place(path, lines, r.start)}: ${note}: ${r.message}`),
  ];
}

function fileLines(report: Extract<FileReport, { ok: true }>, quiet: boolean, locale: Locale): string[] {
  const path = displayPath(report.path, locale);
  if (report.text.length === 0) return quiet ? [] : [`${path}: ${render(cliCatalog, 'text.note', locale)}: ${render(cliCatalog, 'file.empty', locale)}`];
  // Findings and quantities in reading order; at the same offset the finding comes first.
  const entries: { start: number; order: number; lines: () => string[] }[] = report.result.diagnostics.map((d) => ({
    start: d.start,
    order: 0,
    lines: () => diagnosticLines(d, path, report.lines, locale),
  }));
  if (!quiet) {
    for (const q of report.result.quantities) {
      entries.push({ start: q.start, order: 1, lines: () => [`${place(path, report.lines, q.start)}: ${describeQuantity(q, locale)}`] });
    }
  }
  entries.sort((a, b) => a.start - b.start || a.order - b.order);
  return entries.flatMap((entry) => entry.lines());
}

export const formatText: Formatter = (reports, { locale, quiet }) => {
  const out: string[] = [];
  let quantities = 0;
  let findings = 0;
  for (const report of reports) {
    if (!report.ok) continue; // Already said on stderr, one line per file.
    // One push per line: spreading a big report's lines as arguments overflows the stack (a 10 MiB report has
    // ~170,000 of them).
    for (const line of fileLines(report, quiet, locale)) out.push(line);
    quantities += report.result.quantities.length;
    findings += report.result.diagnostics.length;
  }
  if (!quiet) {
    const failed = reports.filter((r) => !r.ok).length;
    const summary = failed ? 'text.summaryWithFailures' : 'text.summary';
    out.push(render(cliCatalog, summary, locale, { files: reports.length - failed, quantities, findings, failed }));
  }
  return out.length ? out.join('\n') + '\n' : '';
};
