// Starts the bundled server (dist/server.js) over IPC and restarts it when the set of languages changes
// (the document selector is fixed for a client's lifetime). All other settings the server pulls itself.
// A server that crashes is restarted automatically a bounded number of times (crashHandler.ts); after
// that it stays stopped, and the user is told so with a "Restart Server" button.
import * as vscode from 'vscode';
import {
  LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { Commands } from '../../server/src/lsp/protocol';
import { SCHEMES, configuredLanguages, serverExecArgv, turnRuleOff } from './config';
import { CrashHandler, type ServerHealth } from './crashHandler';

export const CLIENT_ID = 'statlens';
export const RESTART_COMMAND = 'statlens.restartServer';

/** A notification the client showed about the server (kept for the real-VS-Code tests, see `shown`). */
export interface ShownNotification {
  severity: 'error';
  message: string;
  actions: string[];
}

/** How many notifications `shown` keeps. */
const SHOWN_LIMIT = 20;

export class StatLensClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private languages: string[] = [];
  /** Node options the running server was started with. */
  private execArgv: string[] = [];
  private readonly changed = new vscode.EventEmitter<LanguageClient | undefined>();
  /** Fires after the client (re)started or stopped. */
  readonly onDidChangeClient = this.changed.event;
  private readonly stateChanged = new vscode.EventEmitter<void>();
  /** Fires when the server's health or the language client's state changes (crash, restart, stop). */
  readonly onDidChangeState = this.stateChanged.event;
  private stateListener: vscode.Disposable | undefined;
  private serverHealth: ServerHealth = { state: 'ok' };
  private readonly shownNotifications: ShownNotification[] = [];

  constructor(private readonly context: vscode.ExtensionContext, private readonly output: vscode.LogOutputChannel) {}

  get current(): LanguageClient | undefined {
    return this.client;
  }

  get documentLanguages(): readonly string[] {
    return this.languages;
  }

  get health(): ServerHealth {
    return this.serverHealth;
  }

  /** The running server's process id (undefined while none runs). */
  get serverPid(): number | undefined {
    return this.client?.serverProcess?.pid;
  }

  /** TEST HOOK (read by test/vscode/suite through the extension's API): the last notifications this client
   *  showed about the server, newest last. Only a copy of text the user already saw; nothing reads it back. */
  get shown(): readonly ShownNotification[] {
    return this.shownNotifications;
  }

  private setHealth(health: ServerHealth): void {
    this.serverHealth = health;
    this.stateChanged.fire();
  }

  private async tellUserServerStopped(message: string): Promise<void> {
    const restart = vscode.l10n.t('Restart Server');
    const showOutput = vscode.l10n.t('Show Output');
    this.shownNotifications.push({ severity: 'error', message, actions: [restart, showOutput] });
    if (this.shownNotifications.length > SHOWN_LIMIT) this.shownNotifications.shift();
    const choice = await vscode.window.showErrorMessage(message, restart, showOutput);
    if (choice === restart) await vscode.commands.executeCommand(RESTART_COMMAND);
    else if (choice === showOutput) this.output.show(true);
  }

  private create(): LanguageClient {
    const module = this.context.asAbsolutePath('dist/server.js');
    this.execArgv = serverExecArgv();
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options: { execArgv: this.execArgv } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    this.languages = configuredLanguages();
    const clientOptions: LanguageClientOptions = {
      documentSelector: this.languages.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme }))),
      outputChannel: this.output,
      errorHandler: new CrashHandler({
        restarting: (health) => this.setHealth(health),
        gaveUp: (health) => {
          this.setHealth(health);
          void this.tellUserServerStopped(health.message);
        },
      }),
      initializationOptions: { locale: vscode.env.language },
      middleware: {
        // The server's "turn rule off" action: in VS Code we persist it in settings instead of the
        // server's session-only fallback, and the server picks it up through didChangeConfiguration.
        executeCommand: async (command, args, next) => {
          if (command === Commands.disableRule && typeof args[0] === 'string') {
            return turnRuleOff(args[0], typeof args[1] === 'string' ? vscode.Uri.parse(args[1]) : undefined);
          }
          return next(command, args);
        },
      },
    };
    return new LanguageClient(CLIENT_ID, vscode.l10n.t('StatLens Language Server'), serverOptions, clientOptions);
  }

  async start(): Promise<void> {
    const client = this.create();
    this.client = client;
    this.setHealth({ state: 'ok' });
    this.stateListener = client.onDidChangeState((e) => {
      // Back up after an automatic restart: the crash count stays in the handler, the status bar clears.
      if (e.newState === State.Running && this.serverHealth.state === 'restarting') this.setHealth({ state: 'ok' });
      else this.stateChanged.fire();
    });
    await client.start();
    this.changed.fire(client);
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Restart only if the languages to sync or the server's process options changed. */
  async onConfigurationChanged(): Promise<void> {
    if (configuredLanguages().join('\n') !== this.languages.join('\n') || serverExecArgv().join(' ') !== this.execArgv.join(' ')) await this.restart();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.stateListener?.dispose();
    this.stateListener = undefined;
    this.changed.fire(undefined);
    if (client) {
      try {
        await client.dispose(2000);
      } catch {
        // a server that already died cannot be stopped; it is gone either way
      }
    }
  }

  dispose(): void {
    void this.stop();
    this.changed.dispose();
    this.stateChanged.dispose();
  }
}
