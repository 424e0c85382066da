// StatLens for VS Code: starts the language server and adds what only an editor can do — a status bar item,
// the quantities table, CSV export and a workspace check. It never analyzes text itself.
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { checkWorkspace, exportQuantitiesCsv, targetDocument } from './commands';
import type { ServerHealth } from './crashHandler';
import { RESTART_COMMAND, StatLensClient, type ShownNotification } from './languageClient';
import { QuantitiesView } from './quantitiesView';
import { StatusBar, type StatusBarRecord, type StatusBarSnapshot } from './statusBar';

let client: StatLensClient | undefined;

/** What activate() returns, for integration tests and other extensions. */
export interface StatLensApi {
  /** Resolves once the language server has started. */
  ready: Promise<void>;
  restart(): Promise<void>;
  /** The language server's process id while one runs. */
  readonly serverPid: number | undefined;
  /** The language client's state; 'stopped' also when it gave up restarting a crashing server. */
  readonly serverState: 'starting' | 'running' | 'stopped';
  /** 'ok', 'restarting' after a crash, or 'gave-up' after too many crashes. */
  readonly serverHealth: ServerHealth;
  /** TEST HOOKS for test/vscode/suite: read-only views of what the user was shown. */
  readonly testHooks: {
    /** Notifications shown about the server (crashes), newest last. */
    readonly notifications: readonly ShownNotification[];
    /** The status bar item as it is now. */
    readonly statusBar: StatusBarSnapshot;
    /** The last states the status bar item showed, oldest first, numbered by `seq`. */
    readonly statusBarHistory: readonly StatusBarRecord[];
  };
}

export function activate(context: vscode.ExtensionContext): StatLensApi {
  const output = vscode.window.createOutputChannel('StatLens', { log: true });
  client = new StatLensClient(context, output);
  const workspaceDiagnostics = vscode.languages.createDiagnosticCollection('statlens-workspace');
  const view = new QuantitiesView(client);
  const c = client;
  const statusBar = new StatusBar(c);

  context.subscriptions.push(
    output,
    c,
    workspaceDiagnostics,
    view,
    statusBar,
    vscode.commands.registerCommand('statlens.listQuantities', async () => {
      const document = targetDocument(c);
      if (document) await view.show(document);
    }),
    vscode.commands.registerCommand('statlens.exportQuantitiesCsv', () => exportQuantitiesCsv(c)),
    vscode.commands.registerCommand('statlens.checkWorkspace', () => checkWorkspace(c, workspaceDiagnostics)),
    vscode.commands.registerCommand(RESTART_COMMAND, async () => {
      await c.restart();
      // A server that kept crashing at start-up has been reported by the client already.
      if (c.health.state === 'ok') void vscode.window.setStatusBarMessage(vscode.l10n.t('StatLens: server restarted'), 3000);
    }),
    // Once a file is open the server reports on it; drop its workspace-check entry so nothing shows twice.
    vscode.workspace.onDidOpenTextDocument((d) => workspaceDiagnostics.delete(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('statlens.languages') || e.affectsConfiguration('statlens.server.optimizeForMemory')) void c.onConfigurationChanged();
    }),
  );

  const ready = c.start().catch((error: unknown) => {
    output.error(`StatLens: the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('StatLens: the language server did not start. See the StatLens output for details.'));
  });
  return {
    ready,
    restart: () => c.restart(),
    get serverPid() { return c.serverPid; },
    get serverState() {
      const state = c.current?.state;
      return state === State.Running ? 'running' : state === State.Starting ? 'starting' : 'stopped';
    },
    get serverHealth() { return c.health; },
    testHooks: {
      get notifications() { return [...c.shown]; },
      get statusBar() { return statusBar.snapshot; },
      get statusBarHistory() { return [...statusBar.history]; },
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
