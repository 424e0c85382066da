// Starts the bundled server (dist/server.js) over IPC and restarts it when the set of languages changes
// (the document selector is fixed for a client's lifetime). All other settings the server pulls itself.
// A server that dies on its own is restarted by this class, not by vscode-languageclient: a bounded number of
// times (restartPolicy.ts), each time with a new LanguageClient, whether it died while running or during
// start-up (before it answered `initialize`, where the library cannot restart it). After that it stays stopped,
// and the user is told so, in their language, with a "Restart Server" button. The library's own English
// pop-ups for these failures are only logged to the StatLens output (StatLensLanguageClient below).
import * as path from 'path';
import * as vscode from 'vscode';
import {
  LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { Commands } from '../../server/src/lsp/protocol';
import { SCHEMES, configuredLanguages, serverExecArgv, turnRuleOff } from './config';
import { CrashHandler, healthAfterCrash, type ServerHealth } from './crashHandler';
import { RestartPolicy } from './restartPolicy';
import { serverEnvironment } from './serverProcess';

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

/** TEST HOOK (test/vscode/suite/server-crash.vscode-test.ts): while the extension host's environment has this
 *  variable set to `1`, every server process the client starts exits at once with code 3, before it answers
 *  `initialize`: a server that crashes during start-up. Unset (as always outside that test) it changes nothing. */
export const TEST_SERVER_EXITS_AT_START = 'STATLENS_TEST_SERVER_EXITS_AT_START';

function testServerExitsAtStart(): string[] {
  return process.env[TEST_SERVER_EXITS_AT_START] === '1' ? ['--eval', 'process.exit(3)'] : [];
}

/** A LanguageClient whose forced error notifications are only logged. The library forces a notification (in
 *  English, whatever the display language) when a server cannot be started or restarted and when a connection
 *  closes or fails unhandled. StatLens handles all of these itself (the bounded restarts and the localized
 *  notification), so that text goes to the StatLens output only. Its other errors are passed on unchanged. */
class StatLensLanguageClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
    super.error(message, data, showNotification === 'force' ? false : showNotification);
  }
}

/** What became of a server that died: the line logged about it, and the restart (done when it settles). */
interface Death {
  message: string;
  recovery: Promise<void>;
}

export class StatLensClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  /** Crashes within the window; kept across automatic restarts, cleared by start() (a restart by hand). */
  private readonly policy = new RestartPolicy();
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

  /** The extension's own directory for the server's code cache (its global storage; the server creates it). */
  private codeCacheDirectory(): string | undefined {
    const storage = this.context.globalStorageUri;
    return storage.scheme === 'file' ? path.join(storage.fsPath, 'code-cache') : undefined;
  }

  private create(died: () => string): LanguageClient {
    const module = this.context.asAbsolutePath('dist/server.js');
    this.execArgv = serverExecArgv();
    const serverOptions: ServerOptions = {
      run: {
        module,
        transport: TransportKind.ipc,
        options: { execArgv: [...this.execArgv, ...testServerExitsAtStart()], env: serverEnvironment(process.env, this.codeCacheDirectory()) },
      },
      // --nolazy and the inspector change V8's flags: a cache from them would only be refused by the next normal start.
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'], env: { STATLENS_CODE_CACHE: 'off' } } },
    };
    this.languages = configuredLanguages();
    const clientOptions: LanguageClientOptions = {
      documentSelector: this.languages.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme }))),
      outputChannel: this.output,
      errorHandler: new CrashHandler({
        died,
        gaveUp: (health) => {
          this.setHealth(health);
          void this.tellUserServerStopped(health.message);
        },
      }),
      // A failed initialize (the server died before answering) is not retried by the library and pops up
      // nothing: launch() sees the failed start and counts it as a crash.
      initializationFailedHandler: () => false,
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
    return new StatLensLanguageClient(CLIENT_ID, vscode.l10n.t('StatLens Language Server'), serverOptions, clientOptions);
  }

  /** Starts a server with a fresh crash count. Resolves once a server runs, or once the client gave up
   *  restarting one that keeps crashing (the user was told then). */
  async start(): Promise<void> {
    this.policy.reset();
    this.setHealth({ state: 'ok' });
    await this.launch();
  }

  /** Starts one server with a new LanguageClient. Its death, whether its close event or its failed start
   *  comes first, is decided once (serverDied) and resolves after any automatic restart it led to. */
  private async launch(): Promise<void> {
    let death: Death | undefined;
    const client = this.create(() => (death ??= this.serverDied(client, true)).message);
    this.client = client;
    this.stateListener?.dispose();
    this.stateListener = client.onDidChangeState((e) => {
      // Up again after an automatic restart: the status bar clears; the crash count stays in the policy.
      if (e.newState === State.Running && this.client === client && this.serverHealth.state === 'restarting') this.setHealth({ state: 'ok' });
      else this.stateChanged.fire();
    });
    try {
      await client.start();
    } catch {
      // The library logged why. A client stopped or replaced on purpose meanwhile is no crash.
      if (death === undefined && this.client !== client) return;
      death ??= this.serverDied(client, false);
      return death.recovery;
    }
    if (this.client === client) this.changed.fire(client);
  }

  /** A server died without being asked to: count it, tell the user, and restart it or give up. */
  private serverDied(client: LanguageClient, loggedByLibrary: boolean): Death {
    if (this.client !== client) {
      return { message: vscode.l10n.t('StatLens: the language server stopped.'), recovery: Promise.resolve() };
    }
    const health = healthAfterCrash(this.policy.onCrash());
    if (!loggedByLibrary) this.output.error(health.message);
    this.setHealth(health);
    if (health.state === 'gave-up') {
      void this.tellUserServerStopped(health.message);
      return { message: health.message, recovery: Promise.resolve() };
    }
    // Start the next server once the library is done with this one (it may still be handling the close).
    const recovery = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(async () => {
      if (this.client !== client) return;
      try {
        await client.dispose(2000);
      } catch {
        // a client whose start failed cannot be stopped; its server is gone either way
      }
      if (this.client === client) await this.launch();
    }).catch((error: unknown) => {
      this.output.error(`StatLens: restarting the language server failed: ${error instanceof Error ? error.message : String(error)}`);
      const message = vscode.l10n.t('StatLens: the language server did not start. See the StatLens output for details.');
      this.setHealth({ state: 'gave-up', message });
      void this.tellUserServerStopped(message);
    });
    return { message: health.message, recovery };
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
