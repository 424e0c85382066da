// Shared by the CLI tests: run bin/statlens.js as a real process, make temp files, encode legacy charsets.
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

/** Repository root: this file runs from out/test/cli/. */
export const ROOT = resolve(__dirname, '../../..');
export const BIN = join(ROOT, 'bin/statlens.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function statlens(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): CliRun {
  // A clean locale environment, so the message language is the one each test asks for.
  const env: Record<string, string | undefined> = { ...process.env, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'C', ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input ?? '', env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'statlens-cli-'));
}

export function writeTemp(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Lines of stderr, without the empty string after the final newline. */
export function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line.length > 0);
}

/** Double-byte ranges of the legacy encodings the tests write (lead byte range, trail byte ranges). */
const DOUBLE_BYTE_SPACE: Record<string, { lead: [number, number]; trails: [number, number][] }> = {
  gb18030: { lead: [0x81, 0xfe], trails: [[0x40, 0x7e], [0x80, 0xfe]] },
  big5: { lead: [0x81, 0xfe], trails: [[0x40, 0x7e], [0xa1, 0xfe]] },
};

const encoders = new Map<string, Map<string, number[]>>();

/** Node's TextEncoder only writes UTF-8, so invert the decoder over the double-byte space instead. */
export function encodeLegacy(label: 'gb18030' | 'big5', text: string): Buffer {
  let table = encoders.get(label);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(label);
    const { lead, trails } = DOUBLE_BYTE_SPACE[label];
    for (let a = lead[0]; a <= lead[1]; a++) {
      for (const [from, to] of trails) {
        for (let b = from; b <= to; b++) {
          const ch = decoder.decode(Uint8Array.of(a, b));
          if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
        }
      }
    }
    encoders.set(label, table);
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`${label} test encoder has no bytes for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
