// Engine findings → LSP diagnostics, pushed per document after a quiet period, never for stale text.
import {
  DiagnosticSeverity,
  type Connection,
  type Diagnostic,
  type DiagnosticRelatedInformation,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineDiagnostic, Locale, Severity } from '../engine/types';
import { render } from '../l10n';
import { serverMessages } from '../l10n/server';
import type { Analysis } from './analysis';
import { DIAGNOSTIC_SOURCE, FILE_TOO_LARGE_CODE } from './protocol';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for code actions (LSP `data` round-trips it untouched). */
export interface DiagnosticData {
  fix?: { newText: string };
  expected: number | null;
  /** docs/rules/<code>.md, relative to the repository root. */
  docs?: string;
}

export function toLspDiagnostic(d: EngineDiagnostic, document: TextDocument): Diagnostic {
  const related: DiagnosticRelatedInformation[] = d.related.map((r) => ({
    location: {
      uri: document.uri,
      range: { start: document.positionAt(r.start), end: document.positionAt(r.end) },
    },
    message: r.message,
  }));
  const data: DiagnosticData = { expected: d.expected, fix: d.fix ? { newText: d.fix.newText } : undefined, docs: d.docs };
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(d.start), end: document.positionAt(d.end) },
    severity: SEVERITY[d.severity],
    code: d.code,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    data,
  };
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

/** The one visible notice for a skipped large file (never skip silently). */
export function tooLargeDiagnostic(document: TextDocument, analysis: Analysis, limit: number, locale: Locale): Diagnostic {
  const firstLineEnd = document.positionAt(Math.min(document.getText().indexOf('\n') >>> 0, analysis.size));
  return {
    range: { start: { line: 0, character: 0 }, end: firstLineEnd },
    severity: DiagnosticSeverity.Information,
    code: FILE_TOO_LARGE_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: render(serverMessages, 'skip.tooLarge', locale, { size: analysis.size, limit }),
  };
}

export function diagnosticsFor(document: TextDocument, analysis: Analysis, maxFileSize: number, locale: Locale): Diagnostic[] {
  if (analysis.skipped === 'too-large') return [tooLargeDiagnostic(document, analysis, maxFileSize, locale)];
  return analysis.result.diagnostics.map((d) => toLspDiagnostic(d, document));
}

/**
 * Debounced, version-checked publishing. Each change restarts the document's timer; when it fires, the
 * diagnostics are computed for the document as it is then, and published only if no newer version has
 * arrived meanwhile (settings are fetched asynchronously, so text can move under us).
 */
export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly currentDocument: (uri: string) => TextDocument | undefined,
    private readonly compute: (document: TextDocument) => Promise<Diagnostic[]>,
    private readonly delayMs = 150,
  ) {}

  schedule(uri: string, delayMs = this.delayMs): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      void this.run(uri);
    }, delayMs));
  }

  /** Recheck every open document (settings changed). */
  scheduleAll(uris: Iterable<string>): void {
    for (const uri of uris) this.schedule(uri, 0);
  }

  /** A closed document: stop its timer and clear its findings from the client. */
  clear(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async run(uri: string): Promise<void> {
    const document = this.currentDocument(uri);
    if (!document) return;
    const version = document.version;
    try {
      const diagnostics = await this.compute(document);
      const now = this.currentDocument(uri);
      if (!now || now.version !== version) return; // a newer version has its own run scheduled
      await this.connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      this.connection.console.error(`StatLens: diagnostics for ${uri} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }
}
