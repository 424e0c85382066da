// Level-1 harness: the real language server as a child process over stdio, driven with JSON-RPC the way an
// editor drives it. Nothing is mocked: what a test sees is what Neovim or VS Code would receive.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  InitializeResult,
  InlayHint,
  Position,
  PublishDiagnosticsParams,
  Range,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

/** Repository root: this file runs from out/test/lsp/. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
const BIN = path.join(ROOT, 'bin', 'statlens-language-server.js');
/** Run the fresh tsc output through the bin, not a possibly stale dist bundle. To test the bundle instead:
 *  STATLENS_SERVER_MODULE=$PWD/dist/server.js node --test out/test/lsp/ */
const SERVER_MODULE = process.env.STATLENS_SERVER_MODULE || path.join(ROOT, 'out', 'server', 'src', 'server.js');

export interface StartOptions {
  locale?: string;
  /** The `statlens` settings object the fake editor answers workspace/configuration with. */
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  /** Node/V8 options for the server process (what an editor puts before the bin on its command line). */
  execArgv?: string[];
  /** Extra environment variables for the server process (the STATLENS_TEST_* hooks). */
  env?: Record<string, string>;
  /** Another build of the server to run (a bundle's dist/server.js); the fresh tsc output by default. */
  serverModule?: string;
}

export class LspSession {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics, in order (to check nothing stale is ever published). */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every window/logMessage text, in order (the server's STATLENS_TEST_* hooks report through it). */
  readonly logs: string[] = [];
  settings: Record<string, unknown>;
  configurationRequests = 0;
  private readonly versions = new Map<string, number>();
  private readonly waiters: Array<() => void> = [];
  stderr = '';

  private constructor(readonly child: ChildProcess, readonly rpc: MessageConnection, settings: Record<string, unknown>) {
    this.settings = settings;
    rpc.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.diagnostics.set(params.uri, params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    rpc.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => {
      this.configurationRequests++;
      return params.items.map((item) => (item.section === 'statlens' ? this.settings : null));
    });
    rpc.onRequest('client/registerCapability', () => null);
    rpc.onRequest('workspace/semanticTokens/refresh', () => null);
    rpc.onRequest('workspace/inlayHint/refresh', () => null);
    rpc.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async start(options: StartOptions = {}): Promise<{ session: LspSession; init: InitializeResult }> {
    const child = spawn(process.execPath, [...(options.execArgv ?? []), BIN, '--stdio'], {
      cwd: ROOT,
      env: { ...process.env, ...options.env, STATLENS_SERVER_MODULE: options.serverModule ?? SERVER_MODULE },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(child, rpc, options.settings ?? {});
    child.stderr!.on('data', (chunk: Buffer) => { session.stderr += chunk.toString(); });
    rpc.listen();
    const init = (await rpc.sendRequest('initialize', {
      processId: process.pid,
      locale: options.locale ?? 'en',
      initializationOptions: options.initializationOptions,
      rootUri: null,
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
        },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
          synchronization: { dynamicRegistration: false },
        },
      },
    })) as InitializeResult;
    await rpc.sendNotification('initialized', {});
    return { session, init };
  }

  async open(uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
    this.versions.set(uri, version);
    await this.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.rpc.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Change the settings the way VS Code does: a pull-model notification, then the server asks again. */
  async configure(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.rpc.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** Wait until the latest diagnostics for `uri` satisfy `accept` (or fail after timeoutMs). */
  async waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 5000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const latest = this.diagnostics.get(uri);
      if (latest && accept(latest)) return latest.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(latest?.diagnostics ?? null)}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  /** Wait until a log message from index `from` on satisfies `accept` (or fail after timeoutMs); returns its index. */
  async waitForLog(accept: (message: string) => boolean, from = 0, timeoutMs = 5000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (let i = from; i < this.logs.length; i++) if (accept(this.logs[i])) return i;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching log message within ${timeoutMs} ms; since #${from}: ${JSON.stringify(this.logs.slice(from))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  /** Diagnostics published for exactly this document version. */
  diagnosticsForVersion(uri: string, version: number): Promise<Diagnostic[]> {
    return this.waitForDiagnostics(uri, (p) => p.version === version);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.rpc.sendRequest('textDocument/hover', { textDocument: { uri }, position }) as Promise<Hover | null>;
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    return this.rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range, context: { diagnostics, only: ['quickfix'] },
    }) as Promise<CodeAction[]>;
  }

  inlayHints(uri: string, range: Range): Promise<InlayHint[]> {
    return this.rpc.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range }) as Promise<InlayHint[]>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.rpc.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
      await this.rpc.sendNotification('exit');
    } catch {
      // already gone
    }
    this.rpc.dispose();
    if (this.child.exitCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => { this.child.kill(); resolve(); }, 1000);
        this.child.once('exit', () => { clearTimeout(timer); resolve(); });
      });
    }
  }
}

/** UTF-16 offset of the n-th (1-based) occurrence of `needle` in `text`. */
export function offsetOf(text: string, needle: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${occurrence} not in text`);
  }
  return at;
}

/** LSP position (UTF-16 code units) of an offset in single-or-multi-line text. */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 0x0a) { line++; lineStart = i + 1; }
  }
  return { line, character: offset - lineStart };
}

export function hoverText(hover: Hover | null): string {
  if (!hover) return '';
  const c = hover.contents as unknown;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  return (c as { value: string }).value;
}

/** Apply LSP text edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: Array<{ range: Range; newText: string }>): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) lineStarts.push(i + 1);
  const toOffset = (p: Position) => lineStarts[p.line] + p.character;
  const sorted = [...edits].sort((a, b) => toOffset(b.range.start) - toOffset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, toOffset(e.range.start)) + e.newText + out.slice(toOffset(e.range.end));
  return out;
}
