// The statlens command: arguments → read and decode each input → analyze → format. run() takes its I/O as
// parameters and returns the exit status; main() is the thin glue to the real process.
import { analyze } from '../engine';
import { rules } from '../engine/rules';
import { ConfigResolver, toAnalyzeOptions } from '../config';
import type { Locale } from '../engine/types';
import { render, resolveLocale } from '../l10n';
import { cliCatalog } from '../l10n/cli';
import { parseArgs, type OutputFormat } from './args';
import { formatJson, formatJsonChunks } from './format/json';
import { formatSarif } from './format/sarif';
import { displayPath, formatText } from './format/text';
import { canonicalEncoding, readInput, type DecodedInput } from './input';
import { createAnalysisPool, defaultPoolSize } from '../parallel/pool';
import type { AnalyzeOptions } from '../engine/types';
import { LineIndex } from './lineIndex';
import { packageInfo } from './packageInfo';
import { SEVERITY_RANK, type FileReport, type Formatter } from './report';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE_OR_INPUT = 2;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(maxSize: number): Promise<Buffer | null>;
  env: Record<string, string | undefined>;
}

const FORMATTERS: Record<OutputFormat, Formatter> = { text: formatText, json: formatJson, sarif: formatSarif };

/** POSIX precedence for the message language: LC_ALL, then LC_MESSAGES, then LANG. */
export function environmentLocale(env: CliIo['env']): Locale {
  return resolveLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { options, error } = parseArgs(argv);
  const locale = options.locale ?? environmentLocale(io.env);
  const say = (id: string, args: Record<string, string | number> = {}) => render(cliCatalog, id, locale, args);
  const usageError = (id: string, args: Record<string, string | number> = {}) => {
    io.stderr(`statlens: ${say(id, args)}\n`);
    return EXIT_USAGE_OR_INPUT;
  };

  if (error) return usageError(error.messageId, error.args);
  if (options.command === 'help') {
    io.stdout(say('usage', { version: packageInfo().version }) + '\n');
    return EXIT_OK;
  }
  if (options.command === 'version') {
    io.stdout(`statlens ${packageInfo().version}\n`);
    return EXIT_OK;
  }
  if (options.encoding !== undefined && canonicalEncoding(options.encoding) === null) {
    return usageError('usage.unknownEncoding', { label: options.encoding });
  }

  /** A file that could not be checked: one line on stderr now, and its place in the report. */
  const skipped = (path: string, messageId: string, args: Record<string, string | number>): FileReport => {
    io.stderr(`statlens: ${displayPath(path, locale)}: ${say(messageId, args)}\n`);
    return { ok: false, path, messageId, args };
  };
  // statlens.config.json is found upward from each file, as the editor does; its problems go to stderr once.
  const configs = new ConfigResolver({ knownCodes: rules.map((r) => r.meta.code), locale });
  // Every input is read first, in the order of the arguments, which is the order of the output.
  const slots: (FileReport | { path: string; input: DecodedInput; options: AnalyzeOptions })[] = [];
  for (const path of options.files) {
    const input = await readInput(path, { encoding: options.encoding, maxSize: options.maxSize, readStdin: io.readStdin });
    if (!input.ok) {
      slots.push(skipped(path, input.messageId, input.args));
      continue;
    }
    const { config, isNew } = configs.forFile(path);
    if (config && isNew) for (const problem of config.problems) io.stderr(`statlens: ${problem.message}\n`);
    slots.push({ path, input, options: { ...toAnalyzeOptions(config?.config), locale } });
  }
  const totalChars = slots.reduce((n, s) => n + ('input' in s ? s.input.text.length : 0), 0);
  const threads = threadCount(options.jobs, totalChars);
  const pool = threads > 1 ? createAnalysisPool(threads) : undefined;
  let reports: FileReport[];
  try {
    reports = await Promise.all(slots.map(async (slot): Promise<FileReport> => {
      if (!('input' in slot)) return slot;
      const { path, input } = slot;
      try {
        const result = pool ? await pool.analyze(input.text, slot.options) : analyze(input.text, slot.options);
        return { ok: true, path, encoding: input.encoding, text: input.text, lines: new LineIndex(input.text), result };
      } catch (error) {
        // An engine bug on one file must not cost the user the results of the others.
        return skipped(path, 'file.internalError', { reason: error instanceof Error ? error.message : String(error) });
      }
    }));
  } finally {
    await pool?.close();
  }

  const context = { locale, quiet: options.quiet };
  if (options.format === 'json') writeInBatches(formatJsonChunks(reports, context), io.stdout);
  else io.stdout(FORMATTERS[options.format](reports, context));

  if (reports.some((r) => !r.ok)) return EXIT_USAGE_OR_INPUT;
  const failRank = SEVERITY_RANK[options.failOn];
  const failing = reports.some((r) => r.ok && r.result.diagnostics.some((d) => SEVERITY_RANK[d.severity] <= failRank));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

/** Inputs of at least this many characters (about 512 KiB of Chinese in UTF-8) are analyzed on every core when
 *  --jobs is auto: below it, starting the threads costs more than they save. */
export const AUTO_PARALLEL_CHARS = 192 * 1024;

/** Threads to analyze with: --jobs as given, or for auto one per core once the input is large enough. */
export function threadCount(jobs: number | 'auto', totalChars: number): number {
  if (jobs !== 'auto') return jobs;
  return totalChars >= AUTO_PARALLEL_CHARS ? defaultPoolSize() : 1;
}

/** Pieces of output written about 1 MB at a time: fewer writes than one per piece, and never the whole output as one
 *  string (a 10 MiB report's JSON is 145 MB). */
function writeInBatches(chunks: Iterable<string>, write: (text: string) => void): void {
  let batch: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= 1 << 19) {
      write(batch.join(''));
      batch = [];
      size = 0;
    }
  }
  if (batch.length) write(batch.join(''));
}

async function readProcessStdin(maxSize: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > maxSize) {
      process.stdin.destroy();
      return null;
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function main(argv: readonly string[] = process.argv.slice(2)): void {
  // `statlens check big.txt | head`: the reader going away is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? EXIT_OK);
  });
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: readProcessStdin,
    env: process.env,
  };
  run(argv, io).then(
    (code) => {
      // exitCode rather than exit(): lets a large report finish flushing into a pipe.
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`statlens: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT_USAGE_OR_INPUT;
    },
  );
}
