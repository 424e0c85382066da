// Suppression comments (issue 6). Pure: text in, directives / filtered diagnostics / edits out.
//
//   Markdown:    <!-- statlens-disable -->  …  <!-- statlens-enable -->
//                <!-- statlens-disable-next-line growth-mismatch leading-zero -->
//                text with a finding <!-- statlens-disable-line leading-zero -->
//   Plain text:  the same words on a line of their own:  statlens-disable-next-line leading-zero
//
// Codes are separated by spaces or commas; none means every code. ` -- ` starts a free-text reason, as in ESLint.
// Both forms are understood in every kind of file, because analyze() does not know the language of its text;
// ignoreEdit() writes the form that suits the language. Unknown codes in a directive get a hint diagnostic.
import { render } from '../l10n';
import { styleCatalog } from '../l10n/style';
import type { AnalyzeOptions, EngineDiagnostic } from './types';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface DirectiveCode {
  code: string;
  start: number;
  end: number;
}

export interface SuppressionDirective {
  kind: DirectiveKind;
  /** Codes named in the directive; empty means every code. */
  codes: DirectiveCode[];
  /** Span of the whole directive (the comment, or the directive line's words). */
  start: number;
  end: number;
  /** 0-based line of the directive. */
  line: number;
}

export const SUPPRESSION_UNKNOWN_CODE = 'suppression-unknown-code';
const PREFIX = 'statlens-';
/** Longest first: `disable-next-line` must not be read as `disable`. */
const KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable', 'enable'];

interface Line {
  start: number;
  /** End of the line's content (before \r\n or \n). */
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: nl > start && text[nl - 1] === '\r' ? nl - 1 : nl });
    start = nl + 1;
  }
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000';
}

/** Parse `statlens-<kind> codes… [-- reason]` in text[from, to); null if it is not a directive. */
function parseDirectiveBody(text: string, from: number, to: number, line: number, span: [number, number]): SuppressionDirective | null {
  let i = from;
  while (i < to && isBlank(text[i])) i++;
  if (!text.startsWith(PREFIX, i)) return null;
  i += PREFIX.length;
  const kind = KINDS.find((k) => text.startsWith(k, i) && (i + k.length === to || isBlank(text[i + k.length]) || text[i + k.length] === ','));
  if (!kind) return null;
  i += kind.length;
  const codes: DirectiveCode[] = [];
  while (i < to) {
    while (i < to && (isBlank(text[i]) || text[i] === ',')) i++;
    if (i >= to) break;
    let j = i;
    while (j < to && !isBlank(text[j]) && text[j] !== ',') j++;
    if (text.slice(i, j) === '--') break; // the rest is a reason
    codes.push({ code: text.slice(i, j), start: i, end: j });
    i = j;
  }
  return { kind, codes, start: span[0], end: span[1], line };
}

/** All directives of the text, in order. Linear in the text length. */
export function parseSuppressions(text: string): SuppressionDirective[] {
  const out: SuppressionDirective[] = [];
  if (text.indexOf(PREFIX) < 0) return out; // the common case costs one search
  const lines = splitLines(text);
  for (let n = 0; n < lines.length; n++) {
    const { start, end } = lines[n];
    if (text.slice(start, end).indexOf(PREFIX) < 0) continue;
    // HTML comments anywhere on the line.
    let foundComment = false;
    for (let open = text.indexOf('<!--', start); open >= 0 && open < end; open = text.indexOf('<!--', open + 4)) {
      const close = text.indexOf('-->', open + 4);
      if (close < 0 || close + 3 > end) break;
      const d = parseDirectiveBody(text, open + 4, close, n, [open, close + 3]);
      if (d) {
        out.push(d);
        foundComment = true;
      }
    }
    if (foundComment) continue;
    // Plain form: the directive words alone on the line.
    let s = start;
    let e = end;
    while (s < e && isBlank(text[s])) s++;
    while (e > s && isBlank(text[e - 1])) e--;
    if (!text.startsWith(PREFIX, s)) continue;
    const d = parseDirectiveBody(text, s, e, n, [s, e]);
    if (d && d.kind !== 'disable-line') out.push(d); // disable-line needs other text on its line: comment form only
  }
  return out;
}

/** Index of the line that holds `offset`. */
function lineOf(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lineIsBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (!isBlank(text[i])) return false;
  return true;
}

function covers(d: SuppressionDirective, code: string): boolean {
  return d.codes.length === 0 || d.codes.some((c) => c.code === code);
}

export interface SuppressionOptions {
  /** Every code the engine can report; directive codes outside it get a hint. Omit to skip that check. */
  knownCodes?: Iterable<string>;
  locale?: AnalyzeOptions['locale'];
  /** The user's rule settings: `suppression-unknown-code` may be turned off or given another severity. */
  rules?: AnalyzeOptions['rules'];
}

/** Drop the diagnostics that directives suppress, and add hints for unknown codes in the directives. */
export function applySuppressions(text: string, diagnostics: EngineDiagnostic[], options: SuppressionOptions = {}): EngineDiagnostic[] {
  const directives = parseSuppressions(text);
  if (directives.length === 0) return diagnostics;
  // Idempotent: hints from an earlier pass over the same text are recomputed below, not doubled.
  diagnostics = diagnostics.filter((d) => d.code !== SUPPRESSION_UNKNOWN_CODE);
  const lines = splitLines(text);

  // Lines silenced by next-line / line directives: line index → directives.
  const lineDirectives = new Map<number, SuppressionDirective[]>();
  for (const d of directives) {
    let target = d.line;
    if (d.kind === 'disable-next-line') {
      target = d.line + 1;
      // Skip blank lines, so that a comment above a paragraph works with an empty line in between.
      while (target < lines.length && lineIsBlank(text, lines[target])) target++;
    } else if (d.kind !== 'disable-line') {
      continue;
    }
    const list = lineDirectives.get(target) ?? [];
    list.push(d);
    lineDirectives.set(target, list);
  }

  // Regions: sweep directives and diagnostics in text order.
  const regionDirectives = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const order = diagnostics.map((_, i) => i).sort((a, b) => diagnostics[a].start - diagnostics[b].start);
  const suppressed = new Array<boolean>(diagnostics.length).fill(false);
  let allOff = false;
  const offCodes = new Set<string>(); // while !allOff
  const onCodes = new Set<string>(); // exceptions while allOff
  let next = 0;
  for (const index of order) {
    const diag = diagnostics[index];
    while (next < regionDirectives.length && regionDirectives[next].end <= diag.start) {
      const d = regionDirectives[next++];
      const codes = d.codes.map((c) => c.code);
      if (codes.length === 0) {
        allOff = d.kind === 'disable';
        offCodes.clear();
        onCodes.clear();
      } else if (allOff) {
        for (const c of codes) d.kind === 'enable' ? onCodes.add(c) : onCodes.delete(c);
      } else {
        for (const c of codes) d.kind === 'disable' ? offCodes.add(c) : offCodes.delete(c);
      }
    }
    const inRegion = allOff ? !onCodes.has(diag.code) : offCodes.has(diag.code);
    const onLine = (lineDirectives.get(lineOf(lines, diag.start)) ?? []).some((d) => covers(d, diag.code));
    suppressed[index] = inRegion || onLine;
  }
  const kept = diagnostics.filter((_, i) => !suppressed[i]);

  const hints = unknownCodeHints(directives, options);
  if (hints.length === 0) return kept;
  return [...kept, ...hints].sort((a, b) => a.start - b.start || a.end - b.end);
}

function unknownCodeHints(directives: SuppressionDirective[], options: SuppressionOptions): EngineDiagnostic[] {
  if (!options.knownCodes) return [];
  const setting = options.rules?.[SUPPRESSION_UNKNOWN_CODE] ?? 'hint';
  if (setting === 'off') return [];
  const known = new Set(options.knownCodes);
  known.add(SUPPRESSION_UNKNOWN_CODE);
  const out: EngineDiagnostic[] = [];
  for (const d of directives) {
    for (const c of d.codes) {
      if (known.has(c.code)) continue;
      const args = { code: c.code };
      out.push({
        start: c.start,
        end: c.end,
        code: SUPPRESSION_UNKNOWN_CODE,
        severity: setting,
        message: render(styleCatalog, SUPPRESSION_UNKNOWN_CODE, options.locale ?? 'en', args),
        messageId: SUPPRESSION_UNKNOWN_CODE,
        args,
        expected: null,
        related: [],
        docs: `docs/rules/${SUPPRESSION_UNKNOWN_CODE}.md`,
      });
    }
  }
  return out;
}

export interface TextEditShape {
  start: number;
  end: number;
  newText: string;
}

/** The edit behind "Ignore this finding": a directive that silences exactly this code on the finding's line.
 *  - If the line above already is a next-line directive, the code is added to it.
 *  - Markdown: a `<!-- statlens-disable-next-line code -->` line above when the line starts a block (first line, or
 *    a blank line above); otherwise, inside a paragraph or list, a comment line would split the block when rendered,
 *    so `<!-- statlens-disable-line code -->` is appended to the line instead.
 *  - Other languages: `statlens-disable-next-line code` on a line of its own above, with the line's indentation. */
/** The line that holds `offset` (as splitLines() would give it), found from the offset alone. */
function lineAround(text: string, offset: number): Line {
  const start = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', start);
  if (nl < 0) return { start, end: text.length };
  return { start, end: nl > start && text[nl - 1] === '\r' ? nl - 1 : nl };
}

export function ignoreEdit(text: string, diagnostic: Pick<EngineDiagnostic, 'start' | 'code'>, languageId: string): TextEditShape {
  // Only the finding's line and the one above it are read: editors ask for code actions on every cursor move,
  // and splitting a large document into lines for each finding was linear work per request per finding.
  const line = lineAround(text, Math.min(diagnostic.start, text.length));
  const previous = line.start > 0 ? lineAround(text, line.start - 1) : null;
  const eol = text.indexOf('\r\n') >= 0 ? '\r\n' : '\n';
  const markdown = languageId === 'markdown' || languageId === 'mdx';

  if (previous) {
    const above = parseSuppressions(text.slice(previous.start, previous.end));
    const d = above.length === 1 ? above[0] : null;
    if (d && d.kind === 'disable-next-line' && d.codes.length > 0) {
      const last = d.codes[d.codes.length - 1];
      const at = previous.start + last.end;
      return { start: at, end: at, newText: ` ${diagnostic.code}` };
    }
  }

  let indentEnd = line.start;
  while (indentEnd < line.end && isBlank(text[indentEnd])) indentEnd++;
  const indent = text.slice(line.start, indentEnd);
  if (markdown) {
    const startsBlock = !previous || lineIsBlank(text, previous);
    if (startsBlock) {
      return { start: line.start, end: line.start, newText: `${indent}<!-- ${PREFIX}disable-next-line ${diagnostic.code} -->${eol}` };
    }
    return { start: line.end, end: line.end, newText: ` <!-- ${PREFIX}disable-line ${diagnostic.code} -->` };
  }
  return { start: line.start, end: line.start, newText: `${indent}${PREFIX}disable-next-line ${diagnostic.code}${eol}` };
}
