// One place where the server calls the engine. Each open document has its own incremental analyzer (which
// re-analyzes only the paragraphs an edit touched), and results are cached per document version and
// options, so hover, inlay hints, semantic tokens and code actions on an unchanged document cost nothing.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toAnalyzeOptions } from '../config';
import { analyze, createAnalyzer, type Analyzer, type DocumentAnalysis } from '../engine';
import type { AnalysisResult, AnalyzeOptions, Locale, Quantity } from '../engine/types';
import type { ProjectConfigs } from './projectConfig';
import type { SkipReason } from './protocol';
import type { StatLensSettings } from './settings';

export interface Analysis {
  /** Why nothing was analyzed, or null when `result` holds the engine's answer. */
  skipped: SkipReason | null;
  /** The engine's answer; `quantities` is materialized on first use (diagnostics are always there). */
  result: AnalysisResult;
  /** Document size in UTF-16 code units, for the too-large notice. */
  size: number;
  /** Point and range lookups that do not materialize every quantity (hover, inlay hints on a large document). */
  lookup?: Pick<DocumentAnalysis, 'quantityAt' | 'quantitiesIn' | 'quantitySpans'>;
}

const EMPTY: AnalysisResult = Object.freeze({ quantities: [], diagnostics: [] }) as AnalysisResult;

/** Other editors' names for the languages VS Code calls plaintext and markdown (Neovim: `text`). */
const LANGUAGE_ALIASES: Record<string, string> = { text: 'plaintext', txt: 'plaintext', plain: 'plaintext', md: 'markdown', 'markdown.mdx': 'markdown' };

export function skipReason(text: string, languageId: string, settings: StatLensSettings): SkipReason | null {
  if (!settings.enable) return 'disabled';
  if (!settings.languages.includes(languageId) && !settings.languages.includes(LANGUAGE_ALIASES[languageId] ?? languageId)) return 'language';
  if (text.length > settings.maxFileSize) return 'too-large';
  return null;
}

/** Engine options for a document: project config file ← editor settings, in the UI language. */
export function engineOptions(uri: string, settings: StatLensSettings, locale: Locale, configs?: ProjectConfigs): AnalyzeOptions {
  const file = configs?.forDocument(uri)?.config ?? {};
  return toAnalyzeOptions(file, settings.profile ? { rules: settings.rules, profile: settings.profile } : { rules: settings.rules }, locale);
}

/** One-off analysis (Check Workspace): no incremental state to keep. */
export function analyzeText(text: string, languageId: string, settings: StatLensSettings, options: AnalyzeOptions): Analysis {
  const skipped = skipReason(text, languageId, settings);
  if (skipped) return { skipped, result: EMPTY, size: text.length };
  return { skipped: null, result: analyze(text, options), size: text.length };
}

interface CacheEntry {
  version: number;
  key: string;
  analysis: Analysis;
}

export class AnalysisCache {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly analyzers = new Map<string, Analyzer>();

  constructor(private readonly locale: () => Locale, private readonly configs?: ProjectConfigs) {}

  get(document: TextDocument, settings: StatLensSettings): Analysis {
    const text = document.getText();
    const skipped = skipReason(text, document.languageId, settings);
    const options = skipped ? null : engineOptions(document.uri, settings, this.locale(), this.configs);
    const key = JSON.stringify([skipped, options, settings.maxFileSize]);
    const hit = this.entries.get(document.uri);
    if (hit && hit.version === document.version && hit.key === key) return hit.analysis;
    let analysis: Analysis;
    if (skipped || !options) {
      analysis = { skipped, result: EMPTY, size: text.length };
    } else {
      let analyzer = this.analyzers.get(document.uri);
      if (!analyzer) {
        analyzer = createAnalyzer();
        this.analyzers.set(document.uri, analyzer);
      }
      // update() re-analyzes only the edited paragraph; the full quantity list is built only if a feature asks for it,
      // and is not kept: on a 1 MiB report it is ~27,000 objects (megabytes per open document) that semantic tokens
      // need once per version. A weak reference lets requests close together share it while it is still alive.
      const doc = analyzer.update(text, options);
      let quantities: WeakRef<Quantity[]> | undefined;
      const result: AnalysisResult = {
        diagnostics: doc.diagnostics,
        get quantities() {
          let list = quantities?.deref();
          if (!list) {
            list = doc.allQuantities();
            quantities = new WeakRef(list);
          }
          return list;
        },
      };
      analysis = { skipped: null, result, size: text.length, lookup: doc };
    }
    this.entries.set(document.uri, { version: document.version, key, analysis });
    return analysis;
  }

  /** Forget cached results (settings or a config file changed); analyzers keep their paragraph caches. */
  clear(): void {
    this.entries.clear();
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.analyzers.delete(uri);
  }
}
