// `--format json`: the contract other tools rely on (version 1). Engine objects pass through whole, so new engine
// fields appear here without a change; every span also gets an LSP-style range (0-based, UTF-16 characters).
// An input that could not be read keeps its place in `files`, with an `error` and empty lists.
import { render } from '../../l10n';
import { cliCatalog } from '../../l10n/cli';
import type { Locale } from '../../engine/types';
import type { FileReport, FormatContext, Formatter } from '../report';

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

/**
 * The same bytes as `JSON.stringify({ version, files }, null, 2) + '\n'`, in pieces: one per quantity or finding.
 * A 10 MiB report has 160,000 quantities; stringified at once they were a 145 MB string (about 290 MB in memory,
 * Chinese text being two bytes a character) on top of a copy of every span, about 1 GB of RSS in all.
 */
export function* formatJsonChunks(reports: readonly FileReport[], { locale }: FormatContext): Generator<string> {
  yield `{\n  "version": ${JSON_FORMAT_VERSION},\n  "files": [`;
  for (let f = 0; f < reports.length; f++) {
    const { quantities, diagnostics, ...head } = fileJson(reports[f], locale);
    // The file object without its two lists, then each list item by item, indented as the whole would be.
    const headJson = indented(head, FILE_INDENT);
    yield `${f ? ',' : ''}\n${headJson.slice(0, headJson.length - 2 - FILE_INDENT)},\n${' '.repeat(FILE_INDENT + 2)}"quantities": `;
    yield* arrayChunks(quantities);
    yield `,\n${' '.repeat(FILE_INDENT + 2)}"diagnostics": `;
    yield* arrayChunks(diagnostics);
    yield `\n${' '.repeat(FILE_INDENT)}}`;
  }
  yield reports.length ? '\n  ]\n}\n' : ']\n}\n';
}

/** Files are items of the top-level "files" array: their fields sit 6 spaces in, list items 8. */
const FILE_INDENT = 4;
const ITEM_INDENT = FILE_INDENT + 4;

function* arrayChunks(items: readonly unknown[]): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  yield '[';
  for (let k = 0; k < items.length; k++) yield `${k ? ',' : ''}\n${indented(items[k], ITEM_INDENT)}`;
  yield `\n${' '.repeat(FILE_INDENT + 2)}]`;
}

/** JSON.stringify(value, null, 2) with every line moved `by` spaces right (strings never hold a raw line break). */
function indented(value: unknown, by: number): string {
  const pad = ' '.repeat(by);
  return pad + JSON.stringify(value, null, 2).split('\n').join('\n' + pad);
}

export const formatJson: Formatter = (reports, context) => Array.from(formatJsonChunks(reports, context)).join('');
