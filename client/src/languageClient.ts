// Starts the bundled server (dist/server.js) over IPC and restarts it when the set of languages changes
// (the document selector is fixed for a client's lifetime). All other settings the server pulls itself.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Commands } from '../../server/src/lsp/protocol';
import { SCHEMES, configuredLanguages, turnRuleOff } from './config';

export const CLIENT_ID = 'statlens';

export class StatLensClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private languages: string[] = [];
  private readonly changed = new vscode.EventEmitter<LanguageClient | undefined>();
  /** Fires after the client (re)started or stopped. */
  readonly onDidChangeClient = this.changed.event;

  constructor(private readonly context: vscode.ExtensionContext, private readonly output: vscode.LogOutputChannel) {}

  get current(): LanguageClient | undefined {
    return this.client;
  }

  get documentLanguages(): readonly string[] {
    return this.languages;
  }

  private create(): LanguageClient {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    this.languages = configuredLanguages();
    const clientOptions: LanguageClientOptions = {
      documentSelector: this.languages.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme }))),
      outputChannel: this.output,
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
    this.client = this.create();
    await this.client.start();
    this.changed.fire(this.client);
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Restart only if the languages to sync changed. */
  async onConfigurationChanged(): Promise<void> {
    if (configuredLanguages().join('\n') !== this.languages.join('\n')) await this.restart();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
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
  }
}
