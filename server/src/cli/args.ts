// Command-line arguments → CliOptions. No dependency and no rendering here: a usage error is a message id and
// its arguments, rendered at the edge once the locale (which may itself come from the arguments) is known.
import type { Locale, Severity } from '../engine/types';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  command: 'check' | 'help' | 'version';
  format: OutputFormat;
  /** WHATWG encoding label given with --encoding; undefined means UTF-8 (a BOM still wins, as in browsers). */
  encoding?: string;
  failOn: Severity;
  /** From --locale; undefined means "from the environment". */
  locale?: Locale;
  maxSize: number;
  /** Threads that analyze (--jobs): a number, or 'auto' (one per core once the inputs are large enough to gain). */
  jobs: number | 'auto';
  /** Text format: findings only, no quantity lines and no summary. */
  quiet: boolean;
  /** As given; '-' is standard input. */
  files: string[];
}

export interface UsageError {
  messageId: string;
  args: Record<string, string | number>;
}

export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;
/** More threads than this only add memory: the work is split into pieces of 128 K characters. */
export const MAX_JOBS = 64;

const SIZE_FACTORS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `50M`, `200k`, `1048576`, `1.5M` → bytes (binary multiples); null when it is not a size. */
export function parseSize(text: string): number | null {
  const trimmed = text.trim().toLowerCase().replace(/i?b$/, '');
  const suffix = /[kmg]$/.test(trimmed) ? trimmed.slice(-1) : '';
  const figure = suffix ? trimmed.slice(0, -1) : trimmed;
  if (!/^\d+(\.\d+)?$/.test(figure)) return null;
  return Math.floor(Number(figure) * SIZE_FACTORS[suffix]);
}

type Mutable = Omit<CliOptions, 'command'> & { command?: CliOptions['command'] };

interface OptionSpec {
  names: string[];
  /** Options with a value: check and store it. Returns a usage error, or null when stored. */
  value?: (options: Mutable, value: string, name: string) => UsageError | null;
  /** Flags. */
  set?: (options: Mutable) => void;
}

function choice<T extends string>(choices: readonly T[], store: (o: Mutable, v: T) => void) {
  return (options: Mutable, value: string, name: string): UsageError | null => {
    const normalized = value.toLowerCase() as T;
    if (!choices.includes(normalized)) {
      return { messageId: 'usage.badChoice', args: { option: name, choices: choices.join('|'), value } };
    }
    store(options, normalized);
    return null;
  };
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

const OPTION_TABLE: OptionSpec[] = [
  { names: ['--format', '-f'], value: choice(['text', 'json', 'sarif'] as const, (o, v) => (o.format = v)) },
  { names: ['--encoding', '-e'], value: (o, v) => ((o.encoding = v), null) },
  { names: ['--fail-on'], value: choice(SEVERITIES, (o, v) => (o.failOn = v)) },
  { names: ['--locale'], value: choice(['en', 'zh-cn'] as const, (o, v) => (o.locale = v)) },
  {
    names: ['--max-size'],
    value: (o, v) => {
      const size = parseSize(v);
      if (size === null) return { messageId: 'usage.badSize', args: { value: v } };
      o.maxSize = size;
      return null;
    },
  },
  {
    names: ['--jobs', '-j'],
    value: (o, v) => {
      if (v.toLowerCase() === 'auto') {
        o.jobs = 'auto';
        return null;
      }
      if (!/^[0-9]{1,3}$/.test(v) || Number(v) < 1 || Number(v) > MAX_JOBS) return { messageId: 'usage.badJobs', args: { value: v, max: MAX_JOBS } };
      o.jobs = Number(v);
      return null;
    },
  },
  { names: ['--quiet', '-q', '--no-quantities'], set: (o) => (o.quiet = true) },
  { names: ['--help', '-h'], set: (o) => (o.command = 'help') },
  { names: ['--version', '-V'], set: (o) => (o.command = 'version') },
];

const OPTIONS_BY_NAME = new Map(OPTION_TABLE.flatMap((spec) => spec.names.map((name) => [name, spec] as const)));

const COMMANDS = new Set(['check']);

export function parseArgs(argv: readonly string[]): { options: CliOptions; error?: UsageError } {
  const options: Mutable = { format: 'text', failOn: 'error', maxSize: DEFAULT_MAX_SIZE, jobs: 'auto', quiet: false, files: [] };
  const positional: string[] = [];
  let error: UsageError | undefined;
  let onlyFiles = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const spec = OPTIONS_BY_NAME.get(name);
    let problem: UsageError | null = null;
    if (!spec) {
      problem = { messageId: 'usage.unknownOption', args: { option: name } };
    } else if (spec.set) {
      if (eq >= 0) problem = { messageId: 'usage.flagWithValue', args: { option: name } };
      else spec.set(options);
    } else if (spec.value) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      problem = value === undefined ? { messageId: 'usage.missingValue', args: { option: name } } : spec.value(options, value, name);
    }
    // Keep parsing after a problem so that --locale later on the line still decides the message language.
    error ??= problem ?? undefined;
  }

  if (options.command === undefined) {
    const [command, ...files] = positional;
    options.files = files;
    if (command === undefined) error ??= { messageId: 'usage.noCommand', args: {} };
    else if (!COMMANDS.has(command)) error ??= { messageId: 'usage.unknownCommand', args: { command } };
    else {
      options.command = 'check';
      if (files.length === 0) error ??= { messageId: 'usage.noFiles', args: {} };
    }
  }
  // --help and --version win over usage errors elsewhere on the line, as in most tools.
  if (options.command === 'help' || options.command === 'version') error = undefined;
  return { options: { ...options, command: options.command ?? 'check' }, error };
}
