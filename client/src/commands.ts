// Commands that need more than one line: Export Quantities as CSV and Check Workspace.
import * as os from 'os';
import * as vscode from 'vscode';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageclient/node';
import { CheckTextRequest, type CheckTextResult } from '../../server/src/lsp/protocol';
import { quantitiesToCsv } from './csv';
import type { StatLensClient } from './languageClient';
import { fetchQuantities } from './quantitiesView';

/** The document a command acts on: the active editor's, if StatLens handles its language. */
export function targetDocument(client: StatLensClient): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !client.documentLanguages.includes(document.languageId)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('StatLens: open a document in one of the languages in statlens.languages first.'));
    return undefined;
  }
  return document;
}

export async function exportQuantitiesCsv(client: StatLensClient): Promise<vscode.Uri | undefined> {
  const document = targetDocument(client);
  if (!document) return undefined;
  const result = await fetchQuantities(client, document);
  if (!result) return undefined;
  const base = document.uri.scheme === 'untitled'
    ? vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir())
    : vscode.Uri.joinPath(document.uri, '..');
  const stem = (document.uri.path.split('/').pop() ?? 'document').replace(/\.[^.]*$/, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(base, `${stem}.quantities.csv`),
    filters: { CSV: ['csv'] },
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(quantitiesToCsv(result.quantities)));
  void vscode.window.showInformationMessage(vscode.l10n.t('StatLens: exported {0} quantities to {1}.', result.quantities.length, target.fsPath || target.toString()));
  return target;
}

/** File extensions of a language, as declared by the extensions that contribute it (plaintext → .txt …). */
function extensionsOf(languageId: string): string[] {
  const found = new Set<string>();
  for (const extension of vscode.extensions.all) {
    const languages = (extension.packageJSON as { contributes?: { languages?: Array<{ id?: string; extensions?: string[] }> } })?.contributes?.languages ?? [];
    for (const l of languages) if (l.id === languageId) for (const e of l.extensions ?? []) found.add(e.replace(/^\./, ''));
  }
  const fallback: Record<string, string[]> = { plaintext: ['txt'], markdown: ['md', 'markdown'] };
  for (const e of fallback[languageId] ?? []) found.add(e);
  return [...found];
}

const MAX_FILES = 5000;

/**
 * Check every file of the configured languages, with a cancellable progress notification; results go to
 * the Problems panel. Open documents are left to the server's own diagnostics. Files are read through
 * workspace.fs, so virtual workspaces work too.
 */
export async function checkWorkspace(client: StatLensClient, collection: vscode.DiagnosticCollection): Promise<number> {
  const lc = client.current;
  if (!lc) return 0;
  const byExtension = new Map<string, string>();
  for (const language of client.documentLanguages) for (const e of extensionsOf(language)) if (!byExtension.has(e)) byExtension.set(e, language);
  if (byExtension.size === 0) return 0;
  const pattern = `**/*.{${[...byExtension.keys()].join(',')}}`;
  return vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: vscode.l10n.t('StatLens: checking workspace'),
    cancellable: true,
  }, async (progress, token) => {
    const files = await vscode.workspace.findFiles(pattern, '**/node_modules/**', MAX_FILES, token);
    collection.clear();
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    let findings = 0;
    let done = 0;
    for (const uri of files) {
      if (token.isCancellationRequested) break;
      done++;
      progress.report({ message: `${done}/${files.length} ${uri.path.split('/').pop()}`, increment: 100 / files.length });
      if (open.has(uri.toString())) continue;
      const ext = uri.path.split('.').pop() ?? '';
      const languageId = byExtension.get(ext) ?? byExtension.get(ext.toLowerCase()) ?? 'plaintext';
      let text: string;
      try {
        text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue; // unreadable: nothing to report
      }
      const result = await lc.sendRequest<CheckTextResult>(CheckTextRequest, { uri: uri.toString(), languageId, text }, token);
      const diagnostics = await lc.protocol2CodeConverter.asDiagnostics(result.diagnostics as LspDiagnostic[]);
      findings += diagnostics.length;
      collection.set(uri, diagnostics);
    }
    const message = token.isCancellationRequested
      ? vscode.l10n.t('StatLens: workspace check cancelled after {0} of {1} files; {2} findings so far.', done, files.length, findings)
      : vscode.l10n.t('StatLens: checked {0} files; {1} findings. See the Problems panel.', files.length, findings);
    void vscode.window.showInformationMessage(message);
    return findings;
  });
}
