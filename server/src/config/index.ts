// statlens.config.json (issue 6): rule severities, the style profile, extra not-quantity words and extra units.
// The CLI finds it upward from a file; the server reads it at the workspace root; VS Code settings override it.
// A file that is not valid JSON yields one problem at the exact line and column, and the defaults stay in force;
// a valid file with a wrong entry yields one problem per entry, and the entry is ignored while the rest applies.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { render } from '../l10n';
import { styleCatalog } from '../l10n/style';
import type { AnalyzeOptions, Locale, RuleSetting } from '../engine/types';
import { JsonSyntaxError, lineColumn, parseJson, type JsonNode } from './json';

export const CONFIG_FILE_NAME = 'statlens.config.json';
import { DEFAULT_STYLE_PROFILE, STYLE_PROFILES, type StyleProfile } from '../engine/style';
import { SUPPRESSION_UNKNOWN_CODE } from '../engine/suppress';

export const PROFILES = STYLE_PROFILES;
export type Profile = StyleProfile;
export const DEFAULT_PROFILE: Profile = DEFAULT_STYLE_PROFILE;
const SEVERITIES: readonly RuleSetting[] = ['off', 'hint', 'information', 'warning', 'error'];

/** The settings a config file (or the editor settings) can hold. */
export interface StatLensConfig {
  profile?: Profile;
  rules?: Record<string, RuleSetting>;
  notQuantities?: string[];
  units?: string[];
}

export interface ConfigProblem {
  /** The config file. */
  path: string;
  /** Span in the file and its 1-based line/column, for a diagnostic on the file itself. */
  start: number;
  end: number;
  line: number;
  column: number;
  /** True when the whole file was ignored (syntax error, unreadable, not an object). */
  fatal: boolean;
  messageId: string;
  args: Record<string, string | number>;
  /** Rendered in the requested locale, without the location: for a diagnostic on the file itself. */
  text: string;
  /** `path:line:column: text`, for a terminal. */
  message: string;
}

function makeProblem(
  filePath: string, start: number, end: number, line: number, column: number, fatal: boolean,
  messageId: string, args: Record<string, string | number>, locale: Locale,
): ConfigProblem {
  const text = render(styleCatalog, messageId, locale, args);
  return { path: filePath, start, end, line, column, fatal, messageId, args, text, message: `${filePath}:${line}:${column}: ${text}` };
}

export interface LoadedConfig {
  path: string;
  /** What applies: the valid entries of the file, or nothing when the file is broken. */
  config: StatLensConfig;
  problems: ConfigProblem[];
}

export interface ParseConfigOptions {
  /** Rule codes the engine knows (suppression-unknown-code is always accepted); other codes in `rules` are
   *  reported. Omit to accept any code. */
  knownCodes?: Iterable<string>;
  locale?: Locale;
}

type Validator = (node: JsonNode, key: string, ctx: ValidationContext) => void;

interface ValidationContext {
  config: StatLensConfig;
  problem: (start: number, end: number, messageId: string, args: Record<string, string | number>) => void;
  knownCodes: Set<string> | null;
  locale: Locale;
}

function expectedText(ctx: ValidationContext, id: string): string {
  return render(styleCatalog, id, ctx.locale);
}

function stringArray(node: JsonNode, key: string, ctx: ValidationContext): string[] | null {
  if (node.type === 'array' && node.items.every((item) => item.type === 'string' && item.value.trim() !== '')) {
    return node.items.map((item) => (item.type === 'string' ? item.value.trim() : ''));
  }
  ctx.problem(node.start, node.end, 'config.badValue', { key, expected: expectedText(ctx, 'expected.stringArray') });
  return null;
}

/** One validator per top-level key: the table of what a config file may say. */
const KEYS: Readonly<Record<string, Validator>> = {
  $schema: (node, key, ctx) => {
    if (node.type !== 'string') ctx.problem(node.start, node.end, 'config.badValue', { key, expected: expectedText(ctx, 'expected.string') });
  },
  profile: (node, key, ctx) => {
    if (node.type === 'string' && (PROFILES as readonly string[]).includes(node.value)) ctx.config.profile = node.value as Profile;
    else ctx.problem(node.start, node.end, 'config.badValue', { key, expected: expectedText(ctx, 'expected.profile') });
  },
  rules: (node, key, ctx) => {
    if (node.type !== 'object') {
      ctx.problem(node.start, node.end, 'config.badValue', { key, expected: expectedText(ctx, 'expected.object') });
      return;
    }
    const rules: Record<string, RuleSetting> = {};
    for (const m of node.members) {
      if (ctx.knownCodes && !ctx.knownCodes.has(m.key)) {
        ctx.problem(m.keyStart, m.keyEnd, 'config.unknownRule', { key: m.key });
        continue;
      }
      if (m.value.type === 'string' && (SEVERITIES as readonly string[]).includes(m.value.value)) {
        rules[m.key] = m.value.value as RuleSetting;
      } else {
        ctx.problem(m.value.start, m.value.end, 'config.badValue', { key: `rules.${m.key}`, expected: expectedText(ctx, 'expected.severity') });
      }
    }
    ctx.config.rules = rules;
  },
  notQuantities: (node, key, ctx) => {
    const list = stringArray(node, key, ctx);
    if (list) ctx.config.notQuantities = list;
  },
  units: (node, key, ctx) => {
    const list = stringArray(node, key, ctx);
    if (list) ctx.config.units = list;
  },
};

export const CONFIG_KEYS: readonly string[] = Object.keys(KEYS);

/** Parse and validate the text of a config file. Pure. */
export function parseConfig(text: string, filePath: string, options: ParseConfigOptions = {}): LoadedConfig {
  const locale = options.locale ?? 'en';
  const problems: ConfigProblem[] = [];
  const problem = (start: number, end: number, messageId: string, args: Record<string, string | number>, fatal = false) => {
    const { line, column } = lineColumn(text, start);
    problems.push(makeProblem(filePath, start, end, line, column, fatal, messageId, args, locale));
  };

  let root: JsonNode;
  try {
    root = parseJson(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const detail = render(styleCatalog, e.messageId, locale, e.args);
    problem(e.offset, Math.min(e.offset + 1, text.length), 'config.syntax', { detail }, true);
    return { path: filePath, config: {}, problems };
  }
  if (root.type !== 'object') {
    problem(root.start, root.end, 'config.notObject', {}, true);
    return { path: filePath, config: {}, problems };
  }

  const ctx: ValidationContext = {
    config: {},
    problem: (s, e, id, args) => problem(s, e, id, args),
    // The suppression hint is not a rule module, but its severity is set like one.
    knownCodes: options.knownCodes ? new Set([...options.knownCodes, SUPPRESSION_UNKNOWN_CODE]) : null,
    locale,
  };
  for (const m of root.members) {
    const validate = KEYS[m.key];
    if (validate) validate(m.value, m.key, ctx);
    else problem(m.keyStart, m.keyEnd, 'config.unknownKey', { key: m.key, known: CONFIG_KEYS.filter((k) => k !== '$schema').join(', ') });
  }
  return { path: filePath, config: ctx.config, problems };
}

/** Read and validate a config file. An unreadable file is a fatal problem, not an exception. */
export function loadConfig(filePath: string, options: ParseConfigOptions = {}): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (e) {
    const detail = (e as NodeJS.ErrnoException).code ?? String(e);
    const problem = makeProblem(filePath, 0, 0, 1, 1, true, 'config.read', { detail }, options.locale ?? 'en');
    return { path: filePath, config: {}, problems: [problem] };
  }
  return parseConfig(text, filePath, options);
}

/** The nearest statlens.config.json in `dir` or one of its parents, or null. */
export function findConfigUpward(dir: string): string | null {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here; keep walking up
    }
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** Defaults ← config file ← editor settings (each layer may be partial). Rule settings merge per code, with the later
 *  layer winning; word and unit lists are unions, so settings add to what the team's file declares. */
export function toAnalyzeOptions(file: StatLensConfig = {}, settings: StatLensConfig = {}, locale?: Locale): AnalyzeOptions {
  const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];
  const options: AnalyzeOptions = {
    profile: settings.profile ?? file.profile ?? DEFAULT_PROFILE,
    rules: { ...(file.rules ?? {}), ...(settings.rules ?? {}) },
    notQuantities: union(file.notQuantities, settings.notQuantities),
    units: union(file.units, settings.units),
  };
  if (locale) options.locale = locale;
  return options;
}

/** Editor settings as a config layer. VS Code settings always have a value, so the manifest gives `profile` and each
 *  `rules.<code>` the value "default", meaning "as the config file says, else the built-in default"; those are dropped
 *  here so that they do not override the file. */
export function settingsLayer(settings: { profile?: string; rules?: Record<string, string | undefined> }): StatLensConfig {
  const layer: StatLensConfig = {};
  if (settings.profile && (PROFILES as readonly string[]).includes(settings.profile)) layer.profile = settings.profile as Profile;
  const rules: Record<string, RuleSetting> = {};
  for (const [code, value] of Object.entries(settings.rules ?? {})) {
    if (value && (SEVERITIES as readonly string[]).includes(value)) rules[code] = value as RuleSetting;
  }
  if (Object.keys(rules).length > 0) layer.rules = rules;
  return layer;
}

/** For the CLI: the config that applies to each input file, found upward from the file's folder and read once per
 *  config file. `isNew` is true the first time a config file is returned, so its problems are printed once. */
export class ConfigResolver {
  private readonly dirToConfig = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();

  constructor(private readonly options: ParseConfigOptions = {}) {}

  /** `filePath` '-' (standard input) resolves from `cwd`. */
  forFile(filePath: string, cwd: string = process.cwd()): { config: LoadedConfig | null; isNew: boolean } {
    const dir = filePath === '-' ? path.resolve(cwd) : path.dirname(path.resolve(cwd, filePath));
    let configPath = this.dirToConfig.get(dir);
    if (configPath === undefined) {
      configPath = findConfigUpward(dir);
      this.dirToConfig.set(dir, configPath);
    }
    if (configPath === null) return { config: null, isNew: false };
    const known = this.loaded.get(configPath);
    if (known) return { config: known, isNew: false };
    const config = loadConfig(configPath, this.options);
    this.loaded.set(configPath, config);
    return { config, isNew: true };
  }
}
