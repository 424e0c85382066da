// StatLens for VS Code: starts the language server and adds what only an editor can do — a status bar item,
// the quantities table, CSV export and a workspace check. It never analyzes text itself.
import * as vscode from 'vscode';
import { checkWorkspace, exportQuantitiesCsv, targetDocument } from './commands';
import { StatLensClient } from './languageClient';
import { QuantitiesView } from './quantitiesView';
import { StatusBar } from './statusBar';

let client: StatLensClient | undefined;

/** What activate() returns, for integration tests and other extensions. */
export interface StatLensApi {
  /** Resolves once the language server has started. */
  ready: Promise<void>;
  restart(): Promise<void>;
}

export function activate(context: vscode.ExtensionContext): StatLensApi {
  const output = vscode.window.createOutputChannel('StatLens', { log: true });
  client = new StatLensClient(context, output);
  const workspaceDiagnostics = vscode.languages.createDiagnosticCollection('statlens-workspace');
  const view = new QuantitiesView(client);
  const c = client;

  context.subscriptions.push(
    output,
    c,
    workspaceDiagnostics,
    view,
    new StatusBar(c),
    vscode.commands.registerCommand('statlens.listQuantities', async () => {
      const document = targetDocument(c);
      if (document) await view.show(document);
    }),
    vscode.commands.registerCommand('statlens.exportQuantitiesCsv', () => exportQuantitiesCsv(c)),
    vscode.commands.registerCommand('statlens.checkWorkspace', () => checkWorkspace(c, workspaceDiagnostics)),
    vscode.commands.registerCommand('statlens.restartServer', async () => {
      await c.restart();
      void vscode.window.setStatusBarMessage(vscode.l10n.t('StatLens: server restarted'), 3000);
    }),
    // Once a file is open the server reports on it; drop its workspace-check entry so nothing shows twice.
    vscode.workspace.onDidOpenTextDocument((d) => workspaceDiagnostics.delete(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('statlens.languages')) void c.onConfigurationChanged();
    }),
  );

  const ready = c.start().catch((error: unknown) => {
    output.error(`StatLens: the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('StatLens: the language server did not start. See the StatLens output for details.'));
  });
  return { ready, restart: () => c.restart() };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
