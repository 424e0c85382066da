// StatLens settings as the server sees them: defaults, validation of whatever the client sends, and a
// per-resource cache pulled with workspace/configuration (resource scope), dropped on didChangeConfiguration.
import type { Connection } from 'vscode-languageserver/node';
import type { RuleSetting } from '../engine/types';

export interface StatLensSettings {
  enable: boolean;
  /** Language ids that are analyzed. */
  languages: string[];
  /** Severity per rule code (`statlens.rules.<code>`). */
  rules: Record<string, RuleSetting>;
  inlayHints: { enabled: boolean };
  /** Documents longer than this (UTF-16 code units, i.e. characters) are skipped with a visible notice. */
  maxFileSize: number;
  /** Number-usage style profile; undefined ("default") leaves it to statlens.config.json. */
  profile?: 'gbt15835-2011' | 'off';
}

export const DEFAULT_SETTINGS: Readonly<StatLensSettings> = Object.freeze({
  enable: true,
  languages: ['plaintext', 'markdown'],
  rules: {},
  inlayHints: { enabled: true },
  maxFileSize: 1_000_000,
});

const RULE_SETTINGS: ReadonlySet<string> = new Set(['off', 'hint', 'information', 'warning', 'error']);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Settings from an untrusted source (client, user JSON): keep what is well-formed, default the rest. */
export function parseSettings(raw: unknown): StatLensSettings {
  const s = isRecord(raw) ? raw : {};
  const rules: Record<string, RuleSetting> = {};
  if (isRecord(s.rules)) {
    for (const [code, value] of Object.entries(s.rules)) {
      if (typeof value === 'string' && RULE_SETTINGS.has(value)) rules[code] = value as RuleSetting;
    }
  }
  const languages = Array.isArray(s.languages) && s.languages.every((l) => typeof l === 'string')
    ? (s.languages as string[])
    : DEFAULT_SETTINGS.languages;
  const inlay = isRecord(s.inlayHints) ? s.inlayHints : {};
  const maxFileSize = typeof s.maxFileSize === 'number' && Number.isFinite(s.maxFileSize) && s.maxFileSize > 0
    ? s.maxFileSize
    : DEFAULT_SETTINGS.maxFileSize;
  return {
    enable: typeof s.enable === 'boolean' ? s.enable : DEFAULT_SETTINGS.enable,
    languages: [...languages],
    rules,
    inlayHints: { enabled: typeof inlay.enabled === 'boolean' ? inlay.enabled : DEFAULT_SETTINGS.inlayHints.enabled },
    maxFileSize,
    profile: s.profile === 'off' || s.profile === 'gbt15835-2011' ? s.profile : undefined,
  };
}

/** A stable key for caching analysis results per settings. */
export function settingsKey(s: StatLensSettings): string {
  return JSON.stringify([s.enable, s.languages, Object.entries(s.rules).sort(), s.maxFileSize, s.profile ?? 'default']);
}

/**
 * Where settings come from. With a client that answers workspace/configuration (VS Code, Neovim), each
 * document's settings are pulled for its own URI, so folder settings apply. Otherwise the last
 * didChangeConfiguration payload (or initializationOptions) is used for every document.
 */
export class SettingsStore {
  private readonly perResource = new Map<string, Promise<StatLensSettings>>();
  private pushed: StatLensSettings;
  /** Rules turned off from a code action in an editor that cannot write settings itself. Session only. */
  private readonly sessionOverrides: Record<string, RuleSetting> = {};

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
    initial: unknown,
  ) {
    this.pushed = parseSettings(initial);
  }

  /** didChangeConfiguration: forget everything pulled; keep a pushed payload when there is one. */
  onDidChangeConfiguration(payload: unknown): void {
    this.perResource.clear();
    if (isRecord(payload) && isRecord(payload.statlens)) this.pushed = parseSettings(payload.statlens);
  }

  forget(uri: string): void {
    this.perResource.delete(uri);
  }

  overrideRule(code: string, setting: RuleSetting): void {
    this.sessionOverrides[code] = setting;
    this.perResource.clear();
  }

  get(uri: string): Promise<StatLensSettings> {
    let pending = this.perResource.get(uri);
    if (!pending) {
      pending = this.load(uri);
      this.perResource.set(uri, pending);
    }
    return pending;
  }

  private async load(uri: string): Promise<StatLensSettings> {
    let settings = this.pushed;
    if (this.canPull()) {
      try {
        settings = parseSettings(await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'statlens' }));
      } catch {
        // A client that advertises configuration but fails the request: fall back to what we have.
        this.perResource.delete(uri);
      }
    }
    return { ...settings, rules: { ...settings.rules, ...this.sessionOverrides } };
  }
}
