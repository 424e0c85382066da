// A read-only view of one analysed text for the relation finder: the quantities in reading order, each with its
// unit (simplified), its sentence and clause, and the clean text around it. Cue words are read from the CLEAN text
// (simplified script, half-width punctuation), so 其中 / 當中 / 佔 / 較 all look the same here.
import type { NormalizedText } from '../normalize';
import type { ScannedQuantity } from '../internal';
import type { Interval } from '../interval';
import { t2cnChar } from '../tables/t2cn';

export interface Figure {
  q: ScannedQuantity;
  /** Position in Passage.figures. */
  index: number;
  kind: ScannedQuantity['kind'];
  /** Measure unit in simplified script (`个`, `人次`, `亿元` folded to `元`); '' when none. Non-number kinds use
   *  their kind, so a percentage never agrees in unit with a count. */
  unit: string;
  iv: Interval;
  value: number | null;
  sentence: number;
  clause: number;
  /** Clean text from the end of the previous figure (or the text start) to this figure. */
  gapBefore: string;
  /** Clean text from the start of this figure's clause (or the previous figure's end, whichever is later). */
  label: string;
  /** Clean text from the start of this figure's clause to the figure, ignoring other figures. */
  clauseHead: string;
}

export interface Passage {
  norm: NormalizedText;
  text: string;
  figures: Figure[];
  /** Clean offsets where a sentence ends (。！？ and line breaks) outside figures. */
  sentenceOf(offset: number): number;
}

const SENTENCE_ENDS = '。！？!?\n';
const CLAUSE_ENDS = ',，;；:：';

export function isSentenceEnd(ch: string): boolean {
  return SENTENCE_ENDS.includes(ch);
}

export function isClauseEnd(ch: string): boolean {
  return CLAUSE_ENDS.includes(ch) || SENTENCE_ENDS.includes(ch);
}

/** Labels and clause heads are read at most this far back: cue words sit next to their figure, and a text without
 *  punctuation must not make every figure copy the whole text (quadratic). */
const MAX_HEAD = 80;

const SENTENCE = 2;
const CLAUSE = 1;
/** Char code → boundary kind, for the one pass over the text. */
const BOUNDARY = new Map<number, number>([
  ...[...SENTENCE_ENDS].map((c) => [c.charCodeAt(0), SENTENCE] as [number, number]),
  ...[...CLAUSE_ENDS].map((c) => [c.charCodeAt(0), CLAUSE] as [number, number]),
]);

/** The values a figure allows: its rounding interval, opened on the side 超过/逾 (over) or 近/不到 (under) leave open. */
function statedInterval(q: ScannedQuantity): Interval {
  if (q.lo === null || q.hi === null) return { lo: -Infinity, hi: Infinity };
  let lo = Math.min(q.lo, q.hi);
  let hi = Math.max(q.lo, q.hi);
  if (q.approx === 'over') hi = q.max ?? Infinity;
  if (q.approx === 'under') lo = q.min ?? (lo >= 0 ? 0 : -Infinity);
  return { lo, hi };
}

function simplify(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += String.fromCharCode(c >= 0x3400 && c <= 0xfaff ? t2cnChar(c) : c);
  }
  return out;
}

function unitOf(q: ScannedQuantity, clean: string): string {
  if (q.kind !== 'number') return q.kind;
  const written = clean.slice(q.cleanNumberEnd, q.cleanEnd).trim();
  if (written) return written;
  return q.unit ? simplify(q.unit) : '';
}

export function buildPassage(norm: NormalizedText, quantities: ScannedQuantity[]): Passage {
  const text = norm.text;
  const sorted = [...quantities].sort((a, b) => a.cleanStart - b.cleanStart);
  // Sentence and clause numbers per clean offset; punctuation inside a figure (1,234) is not a boundary.
  const inFigure = new Uint8Array(text.length + 1);
  for (const q of sorted) for (let i = q.cleanStart; i < q.cleanEnd && i < text.length; i++) inFigure[i] = 1;
  const sentenceAt = new Int32Array(text.length + 1);
  const clauseAt = new Int32Array(text.length + 1);
  const clauseStartAt = new Int32Array(text.length + 1);
  let sentence = 0;
  let clause = 0;
  let clauseStart = 0;
  for (let i = 0; i <= text.length; i++) {
    sentenceAt[i] = sentence;
    clauseAt[i] = clause;
    clauseStartAt[i] = clauseStart;
    if (i < text.length && !inFigure[i]) {
      const kind = BOUNDARY.get(text.charCodeAt(i));
      if (kind === SENTENCE) sentence++;
      if (kind !== undefined) {
        clause++;
        clauseStart = i + 1;
      }
    }
  }
  const figures: Figure[] = [];
  let prevEnd = 0;
  for (const q of sorted) {
    const cs = clauseStartAt[q.cleanStart];
    figures.push({
      q,
      index: figures.length,
      kind: q.kind,
      unit: unitOf(q, text),
      iv: statedInterval(q),
      value: q.value,
      sentence: sentenceAt[q.cleanStart],
      clause: clauseAt[q.cleanStart],
      gapBefore: text.slice(Math.min(prevEnd, q.cleanStart), q.cleanStart),
      label: text.slice(Math.max(cs, Math.min(prevEnd, q.cleanStart), q.cleanStart - MAX_HEAD), q.cleanStart),
      clauseHead: text.slice(Math.max(cs, q.cleanStart - MAX_HEAD), q.cleanStart),
    });
    prevEnd = Math.max(prevEnd, q.cleanEnd);
  }
  return { norm, text, figures, sentenceOf: (offset: number) => sentenceAt[Math.max(0, Math.min(offset, text.length))] };
}

/** Clean text strictly between two figures (empty when they touch or overlap). */
export function between(p: Passage, a: Figure, b: Figure): string {
  return a.q.cleanEnd < b.q.cleanStart ? p.text.slice(a.q.cleanEnd, b.q.cleanStart) : '';
}

/** Original text of a figure's number (no unit), for messages. */
export function figureText(p: Passage, f: Figure): string {
  return p.norm.original.slice(f.q.numberStart, f.q.numberEnd);
}

export function hasSentenceEnd(s: string): boolean {
  for (const ch of s) if (isSentenceEnd(ch)) return true;
  return false;
}

export function countClauseEnds(s: string): number {
  let n = 0;
  for (const ch of s) if (isClauseEnd(ch)) n++;
  return n;
}

/** Drop leading punctuation/space and trailing 了 / spaces: `，增长了` → `增长`. */
export function trimGap(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (isClauseEnd(s[a]) || s[a] === ' ' || s[a] === ')' || s[a] === '）')) a++;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '了')) b--;
  return s.slice(a, b);
}

/** True when the two strings share a two-character Han sequence (a crude "same subject" test for labels). */
export function sharesBigram(a: string, b: string): boolean {
  for (let i = 0; i + 1 < a.length; i++) {
    const bi = a.slice(i, i + 2);
    if (/^[\u3400-\u9fff]{2}$/.test(bi) && b.includes(bi)) return true;
  }
  return false;
}
