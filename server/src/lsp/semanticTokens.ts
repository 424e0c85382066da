// Coloring by semantic tokens: the figures the engine recognized, exactly those — dates, ordinals, idioms and
// names it rejects stay plain. A TextMate grammar would need a second, regex-based notion of "quantity"
// that disagrees with hover and diagnostics, and could not see 一举两得 is not a number.
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SPAN_APPROXIMATE } from '../engine';
import type { Analysis } from './analysis';
import { OverlapIndex } from './overlap';

/** Standard token type `number` (themes map it to `constant.numeric`); modifier marks figures with a finding. */
export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: ['number'], tokenModifiers: ['approximate', 'flagged'] };
const NUMBER = 0;
const APPROXIMATE = 1 << 0;
const FLAGGED = 1 << 1;

export function semanticTokensFor(document: TextDocument, analysis: Analysis): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  if (analysis.skipped) return builder.build();
  const flagged = new OverlapIndex(analysis.result.diagnostics);
  // Spans with an approximate flag are all a token needs: the engine keeps them for every paragraph, so coloring
  // a large document reads none of it again (the full quantity list would).
  const spans: Array<{ start: number; end: number; approx: boolean }> = [];
  if (analysis.lookup) {
    const flat = analysis.lookup.quantitySpans();
    for (let k = 0; k < flat.length; k += 3) spans.push({ start: flat[k], end: flat[k + 1], approx: (flat[k + 2] & SPAN_APPROXIMATE) !== 0 });
  } else {
    for (const q of analysis.result.quantities) spans.push({ start: q.start, end: q.end, approx: q.approx !== null });
  }
  spans.sort((a, b) => a.start - b.start);
  let lastEnd = -1;
  for (const q of spans) {
    if (q.start < lastEnd) continue; // overlapping tokens are not allowed
    const start = document.positionAt(q.start);
    const end = document.positionAt(q.end);
    if (start.line !== end.line) continue; // a token cannot span lines
    let modifiers = 0;
    if (q.approx) modifiers |= APPROXIMATE;
    if (flagged.any(q.start, q.end)) modifiers |= FLAGGED;
    builder.push(start.line, start.character, end.character - start.character, NUMBER, modifiers);
    lastEnd = q.end;
  }
  return builder.build();
}
