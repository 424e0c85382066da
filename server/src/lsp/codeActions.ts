// Quick fixes: replace a flagged figure with the expected value written in its own style and precision
// (the engine computes that text), and turn the rule off in settings.
// Computed from the current analysis, not from the diagnostics the client echoes back, so an edit can
// never apply to text that has moved since the diagnostics were published.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineDiagnostic, Locale } from '../engine/types';
import { render } from '../l10n';
import { serverMessages } from '../l10n/server';
import { ignoreEdit } from '../engine/suppress';
import type { Analysis } from './analysis';
import { toLspDiagnostic } from './diagnostics';
import { Commands, DIAGNOSTIC_SOURCE } from './protocol';

function wantsQuickFixes(params: CodeActionParams): boolean {
  const only = params.context.only;
  return !only || only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(kind + '.') || kind === CodeActionKind.Empty);
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.code === b.code && a.source === b.source &&
    a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

export function codeActionsFor(document: TextDocument, params: CodeActionParams, analysis: Analysis, locale: Locale): CodeAction[] {
  if (analysis.skipped || !wantsQuickFixes(params)) return [];
  const from = document.offsetAt(params.range.start);
  const to = document.offsetAt(params.range.end);
  const touched = (d: EngineDiagnostic) => d.start <= to && from <= d.end;
  const fixes: CodeAction[] = [];
  const ignores: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const disabledCodes = new Set<string>();
  for (const finding of analysis.result.diagnostics.filter(touched)) {
    const fresh = toLspDiagnostic(finding, document);
    // Echo the client's own diagnostic object when it has one: that is how editors link fix and marker.
    const linked = params.context.diagnostics.find((c) => c.source === DIAGNOSTIC_SOURCE && sameDiagnostic(c, fresh)) ?? fresh;
    if (finding.fix) {
      const range = { start: document.positionAt(finding.fix.start), end: document.positionAt(finding.fix.end) };
      fixes.push({
        title: render(serverMessages, 'action.replace', locale, { from: document.getText(range), to: finding.fix.newText }),
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics: [linked],
        edit: { changes: { [document.uri]: [{ range, newText: finding.fix.newText }] } },
      });
    }
    // "Ignore this finding": a statlens-disable-next-line comment above the line (<!-- --> in Markdown)
    const ignore = ignoreEdit(document.getText(), finding, document.languageId);
    ignores.push({
      title: render(serverMessages, 'action.ignore', locale, { code: finding.code }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [linked],
      edit: { changes: { [document.uri]: [{ range: { start: document.positionAt(ignore.start), end: document.positionAt(ignore.end) }, newText: ignore.newText }] } },
    });
    if (!disabledCodes.has(finding.code)) {
      disabledCodes.add(finding.code);
      disables.push({
        title: render(serverMessages, 'action.disableRule', locale, { code: finding.code }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [linked],
        command: {
          title: render(serverMessages, 'action.disableRule', locale, { code: finding.code }),
          command: Commands.disableRule,
          arguments: [finding.code, document.uri],
        },
      });
    }
  }
  return [...fixes, ...ignores, ...disables];
}
