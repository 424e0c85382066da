// LSP-level benchmark: the real server as a child process over stdio (the test harness drives it exactly as an
// editor would). Measures cold start, keystroke → re-analysis and keystroke → published diagnostics on a large
// document, and the server's memory with several large documents open.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { LspSession, positionAt } from '../../test/lsp/harness';
import { DEFAULT_RECLAIM } from '../../server/src/lsp/memory';
import { ROOT } from './corpus';
import { median } from './measure';

/** Resident and peak resident memory of a process, from /proc (Linux); null elsewhere. */
export function processMemory(pid: number | undefined): { rss: number; peak: number } | null {
  if (pid === undefined) return null;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** Settings that let the bench open documents larger than the default statlens.maxFileSize. */
const BIG_FILES = { maxFileSize: 100_000_000 };

function since(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export interface ColdStart {
  module: string;
  /** Spawn → initialize answered. */
  initializeMs: number;
  /** Spawn → first publishDiagnostics for a small report (includes the server's diagnostics debounce). */
  firstDiagnosticsMs: number;
}

/**
 * Cold start of one server build (out/ from tsc, or the dist/ bundle users get), driven directly over
 * JSON-RPC: the harness always runs the tsc output, and the bundle is what matters to users.
 */
export async function coldStart(serverModule: string, sample: string, env: Record<string, string> = {}): Promise<ColdStart> {
  const t0 = process.hrtime.bigint();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'statlens-language-server.js'), '--stdio'], {
    cwd: ROOT,
    env: { ...process.env, ...env, STATLENS_SERVER_MODULE: serverModule },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const uri = 'file:///bench/cold.txt';
  const diagnostics = new Promise<void>((resolve) => rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => {
    if (p.uri === uri) resolve();
  }));
  rpc.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  rpc.onRequest('client/registerCapability', () => null);
  rpc.onNotification('window/logMessage', () => undefined);
  rpc.listen();
  try {
    await rpc.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    const initializeMs = since(t0);
    await rpc.sendNotification('initialized', {});
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: sample } });
    await diagnostics;
    return { module: path.relative(ROOT, serverModule), initializeMs, firstDiagnosticsMs: since(t0) };
  } finally {
    await Promise.race([rpc.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]).catch(() => undefined);
    await rpc.sendNotification('exit').catch(() => undefined);
    // (an editor lets the server exit on its own: at exit it writes its code cache, which the next start reads)
    if (child.exitCode === null) await new Promise((resolve) => { child.once('exit', resolve); setTimeout(resolve, 2000); });
    rpc.dispose();
    child.kill();
  }
}

/** The server builds present: the tsc output and, when built, the bundle. */
export function serverBuilds(): string[] {
  return [path.join(ROOT, 'out', 'server', 'src', 'server.js'), path.join(ROOT, 'dist', 'server.js')].filter((f) => fs.existsSync(f));
}

export interface Keystroke {
  /** didOpen of the big document → its first diagnostics. */
  openMs: number;
  /** Median round trip of the same hover again right after, on the unchanged (cached) text: transport and hover cost alone. */
  cachedHoverMs: number;
  /** Median: keystroke sent → hover on the changed text answered. The server re-analyzes for the hover. */
  keystrokeHoverMs: number;
  /** Median over keystrokes of (keystroke → hover) − (the same hover again): the server's time for one keystroke. */
  reanalysisMs: number;
  /** Median: keystroke sent → diagnostics of that version published (debounce included). */
  keystrokeDiagnosticsMs: number;
  keystrokes: number;
}

/** Offsets of ASCII digits near the middle of `text`: replacing one digit by another is a realistic keystroke. */
function digitsNearMiddle(text: string, count: number): number[] {
  const out: number[] = [];
  for (let i = text.length >> 1; i < text.length && out.length < count; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) out.push(i);
  }
  return out;
}

/** Keystrokes typed and answered before any is measured. */
const WARM_KEYSTROKES = 5;

export async function keystroke(text: string, keystrokes: number, env: Record<string, string> = {}): Promise<Keystroke> {
  const { session } = await LspSession.start({ settings: BIG_FILES, env });
  const uri = 'file:///bench/big.txt';
  try {
    const t0 = process.hrtime.bigint();
    await session.open(uri, text);
    await session.waitForDiagnostics(uri, () => true, 120_000);
    const openMs = since(t0);

    const sites = digitsNearMiddle(text, WARM_KEYSTROKES + keystrokes * 2);
    const middle = positionAt(text, sites[0]);
    for (let i = 0; i < 5; i++) await session.hover(uri, middle); // warm-up

    // The client's own work (the new text, offset → position over half a megabyte) is done before the clock
    // starts: it is not server time, and on a 1 MiB text it costs as much as the server's re-analysis.
    let current = text;
    const prepare = (offset: number) => {
      const replacement = current[offset] === '9' ? '1' : String.fromCharCode(current.charCodeAt(offset) + 1);
      const at = positionAt(current, offset);
      current = current.slice(0, offset) + replacement + current.slice(offset + 1);
      const send = () => session.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: replacement }]);
      return { send, position: at };
    };

    // A user types many keystrokes: the first few after opening run the incremental path before the JIT has compiled
    // it (about twice the steady time here), so they are typed and answered unmeasured.
    for (const offset of sites.slice(0, WARM_KEYSTROKES)) {
      const { send, position } = prepare(offset);
      await send();
      await session.hover(uri, position);
    }
    const measured = sites.slice(WARM_KEYSTROKES);

    // Pass 1: the hover forces the analysis of the new version right away (no debounce in the way); the same
    // hover again on the unchanged text is the baseline (same figure, same answer, nothing to re-analyze).
    const hovers: number[] = [];
    const repeats: number[] = [];
    const differences: number[] = [];
    for (const offset of measured.slice(0, keystrokes)) {
      const { send, position } = prepare(offset);
      const t = process.hrtime.bigint();
      await send();
      await session.hover(uri, position);
      const keyed = since(t);
      const t2 = process.hrtime.bigint();
      await session.hover(uri, position);
      const again = since(t2);
      hovers.push(keyed);
      repeats.push(again);
      differences.push(keyed - again);
    }
    // Pass 2: what the user waits for: the squiggles of the new text.
    const published: number[] = [];
    for (const offset of measured.slice(keystrokes, keystrokes * 2)) {
      const { send } = prepare(offset);
      const t = process.hrtime.bigint();
      const version = await send();
      await session.waitForDiagnostics(uri, (p) => p.version === version, 60_000);
      published.push(since(t));
    }
    const cachedHoverMs = median(repeats);
    const keystrokeHoverMs = median(hovers);
    return {
      openMs,
      cachedHoverMs,
      keystrokeHoverMs,
      reanalysisMs: Math.max(0, median(differences)),
      keystrokeDiagnosticsMs: median(published),
      keystrokes: hovers.length,
    };
  } finally {
    await session.stop();
  }
}

export interface OpenDocumentsMemory {
  documents: number;
  totalBytes: number;
  rssBefore: number | null;
  /** RSS when the last document's diagnostics arrived. */
  rssAfter: number | null;
  /** RSS once it stopped moving (see memoryWithOpenDocuments). */
  rssSettled: number | null;
  /** From the last diagnostics to the last move of ≥ 1 MiB: when RSS reached its settled level (0: it never moved). */
  settleMs: number | null;
  /** False when RSS was still moving when observation stopped (SETTLE_MAX_MS): rssSettled is then just the last reading. */
  settled: boolean;
  /** Peak RSS of the server process over its life (VmHWM). */
  peak: number | null;
}

/** RSS polling once the documents are open: every SETTLE_POLL_MS, until it has moved by less than SETTLE_BAND for
 *  SETTLE_STABLE_MS, at most SETTLE_MAX_MS. The stable stretch must be longer than the server's longest deliberate wait
 *  (lsp/memory.ts: quiet, then settleMs before the young generation can shrink), or a reclaim still to come would be
 *  taken for the steady state. */
const SETTLE_POLL_MS = 500;
const SETTLE_BAND = 1024 * 1024;
export const SETTLE_STABLE_MS = Math.max(3000, DEFAULT_RECLAIM.settleMs + 1000);
const SETTLE_MAX_MS = 60_000;

/** Open every text, wait for all their diagnostics, then read the server's memory right away and once settled. */
export async function memoryWithOpenDocuments(texts: readonly string[], env: Record<string, string> = {}): Promise<OpenDocumentsMemory> {
  const { session } = await LspSession.start({ settings: BIG_FILES, env });
  const pid = session.child.pid;
  try {
    const before = processMemory(pid);
    for (let i = 0; i < texts.length; i++) {
      const uri = `file:///bench/open-${i}.txt`;
      await session.open(uri, texts[i]);
      await session.waitForDiagnostics(uri, () => true, 120_000);
    }
    const t0 = process.hrtime.bigint();
    const after = processMemory(pid);
    let last = after;
    let reference = after?.rss ?? 0;
    let changedAt = 0;
    let now = 0;
    let settled = after === null;
    while (!settled && now < SETTLE_MAX_MS) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
      now = since(t0);
      const m = processMemory(pid);
      if (!m) break;
      last = m;
      if (Math.abs(m.rss - reference) >= SETTLE_BAND) {
        reference = m.rss;
        changedAt = now;
      }
      settled = now - changedAt >= SETTLE_STABLE_MS;
    }
    return {
      documents: texts.length,
      totalBytes: texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0),
      rssBefore: before?.rss ?? null,
      rssAfter: after?.rss ?? null,
      rssSettled: last?.rss ?? null,
      settleMs: after ? changedAt : null,
      settled,
      peak: last?.peak ?? null,
    };
  } finally {
    await session.stop();
  }
}
