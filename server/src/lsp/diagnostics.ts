// Engine findings → LSP diagnostics, pushed per document after a quiet period, never for stale text.
import {
  DiagnosticSeverity,
  type Connection,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Position,
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

export function diagnosticsFor(document: TextDocument, analysis: Analysis, maxFileSize: number, locale: Locale, converter?: DiagnosticConverter): Diagnostic[] {
  if (analysis.skipped === 'too-large') return [tooLargeDiagnostic(document, analysis, maxFileSize, locale)];
  const findings = analysis.result.diagnostics;
  const out = new Array<Diagnostic>(findings.length);
  for (let i = 0; i < findings.length; i++) out[i] = converter ? converter.convert(findings[i], document) : toLspDiagnostic(findings[i], document);
  return out;
}

/**
 * Is `p` still what document.positionAt(offset) gives, without its binary search (a few hundred nanoseconds,
 * times 30,000 positions per publish of a large report): `p`'s line must start exactly `p.character` before
 * `offset`, `offset` must lie before the next line's start, and not inside the line break itself (positionAt moves
 * such offsets back before the break). Answers false when unsure, never true when wrong.
 */
function positionStill(document: TextDocument, text: string, lineCount: number, offset: number, p: Position): boolean {
  if (p.line >= lineCount || offset < 0 || offset > text.length) return false;
  const lineStart = document.offsetAt({ line: p.line, character: 0 });
  if (lineStart + p.character !== offset) return false;
  const nextLineStart = p.line + 1 < lineCount ? document.offsetAt({ line: p.line + 1, character: 0 }) : text.length + 1;
  if (offset >= nextLineStart) return false;
  if (offset > lineStart) {
    const before = text.charCodeAt(offset - 1);
    if (before === 0x0a || before === 0x0d) return false;
  }
  return true;
}

/**
 * LSP diagnostics of one document, converted once per engine finding. The engine hands back the same finding
 * object for every paragraph an edit did not touch, so after a keystroke all but a few of a large document's
 * findings are already converted. A finding's offsets never change (the object is immutable) but its
 * line/character positions do when lines are added or removed before it, so a converted diagnostic is reused
 * only while every position in it is still what positionAt gives for the current text.
 */
export class DiagnosticConverter {
  private cache = new WeakMap<EngineDiagnostic, Diagnostic>();

  constructor(readonly uri: string) {}

  convert(d: EngineDiagnostic, document: TextDocument): Diagnostic {
    const hit = this.cache.get(d);
    if (hit && this.stillValid(hit, d, document)) return hit;
    const fresh = toLspDiagnostic(d, document);
    this.cache.set(d, fresh);
    return fresh;
  }

  private stillValid(hit: Diagnostic, d: EngineDiagnostic, document: TextDocument): boolean {
    if (document.uri !== this.uri) return false;
    const text = document.getText();
    const lines = document.lineCount;
    if (!positionStill(document, text, lines, d.start, hit.range.start) || !positionStill(document, text, lines, d.end, hit.range.end)) return false;
    const related = hit.relatedInformation ?? [];
    if (related.length !== d.related.length) return false;
    for (let i = 0; i < related.length; i++) {
      const r = d.related[i];
      const range = related[i].location.range;
      if (!positionStill(document, text, lines, r.start, range.start) || !positionStill(document, text, lines, r.end, range.end)) return false;
    }
    return true;
  }
}

/**
 * Converters for the documents most recently published. Typing happens in one document at a time, so one is
 * enough to make its keystrokes cheap; the others' converted diagnostics are not kept (about 4 MB for the 5,400
 * findings of a 1 MiB report).
 */
export class DiagnosticConverters {
  private readonly byUri = new Map<string, DiagnosticConverter>();

  constructor(private readonly keep = 1) {}

  for(uri: string): DiagnosticConverter {
    let converter = this.byUri.get(uri);
    if (converter) this.byUri.delete(uri); // re-inserted last: most recently used
    else converter = new DiagnosticConverter(uri);
    this.byUri.set(uri, converter);
    while (this.byUri.size > this.keep) this.byUri.delete(this.byUri.keys().next().value as string);
    return converter;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }
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
