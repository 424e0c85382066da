// statlens.config.json, the team's project file (issue 6), as the server applies it: found upward from each
// file-scheme document like the CLI does, cached by modification time, and layered under the editor settings
// (toAnalyzeOptions: defaults ← file ← settings). Its problems are published as diagnostics on the file itself.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findConfigUpward, parseConfig, type LoadedConfig } from '../config';
import type { Locale } from '../engine/types';
import { DIAGNOSTIC_SOURCE } from './protocol';

interface CachedConfig {
  mtimeMs: number;
  loaded: LoadedConfig;
  diagnostics: Diagnostic[];
}

export class ProjectConfigs {
  /** directory → nearest config path (or null), so a keystroke does not walk the file system. */
  private readonly nearest = new Map<string, string | null>();
  private readonly loaded = new Map<string, CachedConfig>();

  constructor(
    private readonly locale: () => Locale,
    /** Called when a config file's problems change (publish them on the file's URI). */
    private readonly onProblems: (uri: string, diagnostics: Diagnostic[]) => void,
  ) {}

  /** The config that applies to a document, or null (no file, or a non-file URI such as untitled:). */
  forDocument(uri: string): LoadedConfig | null {
    if (!uri.startsWith('file:')) return null;
    let dir: string;
    try {
      dir = path.dirname(fileURLToPath(uri));
    } catch {
      return null;
    }
    let configPath = this.nearest.get(dir);
    if (configPath === undefined) {
      configPath = findConfigUpward(dir);
      this.nearest.set(dir, configPath);
    }
    return configPath ? this.load(configPath) : null;
  }

  /** A config file was created, changed or deleted: look everything up again. */
  invalidate(): void {
    this.nearest.clear();
    for (const [configPath, cached] of this.loaded) {
      if (!fs.existsSync(configPath) && cached.diagnostics.length > 0) this.onProblems(pathToFileURL(configPath).toString(), []);
    }
    this.loaded.clear();
  }

  private load(configPath: string): LoadedConfig | null {
    let stat: fs.Stats;
    let text: string;
    try {
      stat = fs.statSync(configPath);
      const cached = this.loaded.get(configPath);
      if (cached && cached.mtimeMs === stat.mtimeMs) return cached.loaded;
      text = fs.readFileSync(configPath, 'utf8');
    } catch {
      this.nearest.clear();
      return null;
    }
    const loaded = parseConfig(text, configPath, { locale: this.locale() });
    const file = TextDocument.create(pathToFileURL(configPath).toString(), 'json', 0, text);
    const diagnostics: Diagnostic[] = loaded.problems.map((p) => ({
      range: { start: file.positionAt(p.start), end: file.positionAt(Math.max(p.end, p.start)) },
      severity: p.fatal ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      code: p.messageId,
      source: DIAGNOSTIC_SOURCE,
      message: p.message,
    }));
    const previous = this.loaded.get(configPath);
    this.loaded.set(configPath, { mtimeMs: stat.mtimeMs, loaded, diagnostics });
    if (diagnostics.length > 0 || (previous?.diagnostics.length ?? 0) > 0) this.onProblems(file.uri, diagnostics);
    return loaded;
  }
}
