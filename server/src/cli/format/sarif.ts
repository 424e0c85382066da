// `--format sarif`: SARIF 2.1.0 for code-scanning tools. One run; one result per finding; regions are 1-based with
// columns in UTF-16 code units (declared by columnKind). Inputs that could not be read become error
// notifications of the invocation, so the log still says the run was incomplete.
import type * as Sarif from 'sarif';
import { render } from '../../l10n';
import { cliCatalog } from '../../l10n/cli';
import { rules as ruleRegistry } from '../../engine/rules';
import type { EngineDiagnostic, Severity } from '../../engine/types';
import type { LineIndex } from '../lineIndex';
import { packageInfo } from '../packageInfo';
import type { FileReport, Formatter } from '../report';
import { isAbsolute } from 'path';
import { pathToFileURL } from 'url';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVELS: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** Relative paths stay relative (code-scanning tools resolve them against the checkout); '\' becomes '/'. */
export function artifactUri(path: string): string {
  if (path === '-') return 'stdin';
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function region(lines: LineIndex, start: number, end: number): Sarif.Region {
  const from = lines.positionAt(start);
  const to = lines.positionAt(end);
  return { startLine: from.line + 1, startColumn: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 };
}

/** Descriptors for every registered rule plus any code a finding carries that the registry does not list. */
function ruleDescriptors(findings: readonly EngineDiagnostic[]): Sarif.ReportingDescriptor[] {
  const info = packageInfo();
  const byCode = new Map<string, Sarif.ReportingDescriptor>();
  const describe = (code: string, docs: string | undefined, level: Sarif.ReportingConfiguration.level) => {
    if (byCode.has(code)) return;
    byCode.set(code, {
      id: code,
      // Until rule metadata carries a one-line description, the code itself is the most honest summary.
      shortDescription: { text: code.replace(/-/g, ' ') },
      helpUri: info.docUri(docs ?? `docs/rules/${code}.md`),
      defaultConfiguration: { level },
    });
  };
  for (const rule of ruleRegistry) describe(rule.meta.code, rule.meta.docs, LEVELS[rule.meta.defaultSeverity]);
  for (const d of findings) describe(d.code, d.docs, LEVELS[d.severity]);
  return [...byCode.values()];
}

export const formatSarif: Formatter = (reports, { locale }) => {
  const info = packageInfo();
  const checked = reports.filter((r): r is Extract<FileReport, { ok: true }> => r.ok);
  const rules = ruleDescriptors(checked.flatMap((r) => r.result.diagnostics));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));

  const results: Sarif.Result[] = checked.flatMap((report) => {
    const artifactLocation = { uri: artifactUri(report.path) };
    return report.result.diagnostics.map((d): Sarif.Result => ({
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code),
      level: LEVELS[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation, region: { ...region(report.lines, d.start, d.end), snippet: { text: report.text.slice(d.start, d.end) } } } }],
      relatedLocations: d.related.map((r, id) => ({
        id,
        message: { text: r.message },
        physicalLocation: { artifactLocation, region: region(report.lines, r.start, r.end) },
      })),
      ...(d.fix && {
        fixes: [
          {
            artifactChanges: [
              { artifactLocation, replacements: [{ deletedRegion: region(report.lines, d.fix.start, d.fix.end), insertedContent: { text: d.fix.newText } }] },
            ],
          },
        ],
      }),
    }));
  });

  const notifications: Sarif.Notification[] = reports.flatMap((r) =>
    r.ok
      ? []
      : [{ level: 'error', message: { text: render(cliCatalog, r.messageId, locale, r.args) }, locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(r.path) } } }] }],
  );

  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'StatLens', semanticVersion: info.version, version: info.version, informationUri: info.informationUri, rules } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
