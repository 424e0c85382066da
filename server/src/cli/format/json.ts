// `--format json`: the contract other tools rely on (version 1). Engine objects pass through whole, so new engine
// fields appear here without a change; every span also gets an LSP-style range (0-based, UTF-16 characters).
// An input that could not be read keeps its place in `files`, with an `error` and empty lists.
import { render } from '../../l10n';
import { cliCatalog } from '../../l10n/cli';
import type { Locale } from '../../engine/types';
import type { FileReport, Formatter } from '../report';

export const JSON_FORMAT_VERSION = 1;

function fileJson(report: FileReport, locale: Locale) {
  if (!report.ok) {
    const message = render(cliCatalog, report.messageId, locale, report.args);
    return { path: report.path, error: { code: report.messageId, message }, quantities: [], diagnostics: [] };
  }
  const span = <T extends { start: number; end: number }>(item: T) => ({ ...item, range: report.lines.rangeOf(item.start, item.end) });
  return {
    path: report.path,
    encoding: report.encoding,
    quantities: report.result.quantities.map(span),
    diagnostics: report.result.diagnostics.map((d) => ({ ...span(d), related: d.related.map(span) })),
  };
}

export const formatJson: Formatter = (reports, { locale }) =>
  JSON.stringify({ version: JSON_FORMAT_VERSION, files: reports.map((r) => fileJson(r, locale)) }, null, 2) + '\n';
