// A read-only view of one analysed text for the relation finder: the quantities in reading order, each with its
// unit (simplified), its sentence and clause, and the clean text around it. Cue words are read from the CLEAN text
// (simplified script, half-width punctuation), so 其中 / 當中 / 佔 / 較 all look the same here.
import type { NormalizedText } from '../normalize';
import { CLEAN_STRIDE, type ScannedQuantity } from '../internal';
import type { Interval } from '../interval';
import { t2cnChar } from '../tables/t2cn';
import { FULL_SEMICOLON, SEMICOLON } from '../tables/codes';
import { CURRENCY_BEFORE_FIGURE, CURRENCY_LAST_CODES } from './cues';

export interface Figure {
  q: ScannedQuantity;
  /** Span of the whole quantity (unit included) in the clean text. */
  cleanStart: number;
  cleanEnd: number;
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
  /** The change verb `gapBefore` ends with, once read (null: none); owned by the relation finder. */
  changeBefore?: unknown;
  /** The before and after figures of the change this figure states, once found; owned by the relation finder (a
   *  second change chained after it reuses them: `比上年的B增加X，增长P`). */
  changePair?: unknown;
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
  return ch.length === 1 && BOUNDARY[ch.charCodeAt(0)] === SENTENCE;
}

export function isClauseEnd(ch: string): boolean {
  return ch.length === 1 && BOUNDARY[ch.charCodeAt(0)] !== 0;
}

// The same asked of a position, by char code: loops over the text must not make a one-character string for every
// character they pass (a CJK character's is a fresh allocation).
/** Does a sentence end (。！？, a line break) stand at `i`? */
export function isSentenceEndAt(s: string, i: number): boolean {
  return BOUNDARY[s.charCodeAt(i)] === SENTENCE;
}

/** Does a clause or sentence end stand at `i` (false outside the text)? */
export function isClauseEndAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && BOUNDARY[s.charCodeAt(i)] !== 0;
}

/** Does a sentence end (。！？, a line break) or a semicolon stand at `i`? The end of a region: a 其中's parts, a clause run. */
export function isRegionEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return BOUNDARY[c] === SENTENCE || c === SEMICOLON || c === FULL_SEMICOLON;
}

/** Where the sentence holding `from` ends (its end mark's offset), or `limit`. By char code: no string per character. */
export function sentenceEndFrom(text: string, from: number, limit = text.length): number {
  let end = from;
  while (end < text.length && end < limit && BOUNDARY[text.charCodeAt(end)] !== SENTENCE) end++;
  return end;
}

/** Where the region (sentence or clause run up to a semicolon) holding `from` ends, or `limit`. */
export function regionEndFrom(text: string, from: number, limit = text.length): number {
  let end = from;
  while (end < text.length && end < limit && !isRegionEnd(text, end)) end++;
  return end;
}

/** Where the region holding `at` starts. */
export function regionStartBefore(text: string, at: number): number {
  let a = at;
  while (a > 0 && !isRegionEnd(text, a - 1)) a--;
  return a;
}

/** Labels and clause heads are read at most this far back: cue words sit next to their figure, and a text without
 *  punctuation must not make every figure copy the whole text (quadratic). */
const MAX_HEAD = 80;

const SENTENCE = 2;
const CLAUSE = 1;
/** Char code → boundary kind, for the one pass over the text. */
const BOUNDARY = new Uint8Array(0x10000);
for (const c of CLAUSE_ENDS) BOUNDARY[c.charCodeAt(0)] = CLAUSE;
for (const c of SENTENCE_ENDS) BOUNDARY[c.charCodeAt(0)] = SENTENCE;

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

function unitOf(q: ScannedQuantity, clean: string, numberEnd: number, end: number, label: string): string {
  if (q.kind !== 'number') return q.kind;
  const written = clean.slice(numberEnd, end).trim();
  const unit = written || (q.unit ? simplify(q.unit) : unitNamedBefore(label));
  return PERSON_CLASSIFIERS.has(unit) ? '人' : unit === '吨标准煤' ? '吨' : unit;
}

/** Classifiers of people: `五千二百名婴儿` and `六十八万人` count the same thing (`人次` counts visits and stays apart). */
const PERSON_CLASSIFIERS = new Set(['名', '位']);

/** Nouns that name a figure's unit when none is written after it (`求诊人次约212万`, `参保人数为52万`). */
const UNIT_NOUNS: ReadonlyArray<readonly [string, string]> = [['人次', '人次'], ['人数', '人'], ['户数', '户'], ['次数', '次'], ['件数', '件'], ['宗数', '宗']];
/** What may stand between such a noun and its figure. */
const UNIT_NOUN_LINK = /(?:约为|约|为|达到|达|是|有|共|近|超过|逾)$/;

function unitNamedBefore(label: string): string {
  const name = label.replace(UNIT_NOUN_LINK, '');
  for (const [noun, unit] of UNIT_NOUNS) if (name.endsWith(noun)) return unit;
  return '';
}

/** A label that opens a comparison with the figure before (`，较前年的`, `比上年`). */
const COMPARED_WITH = /^[,，;；]?(?:较|比|与|同比|相比)/;

/** Quantity indices in reading order (by clean start). The scanner emits them in that order: sort only if not. */
function readingOrder(clean: readonly number[], count: number): number[] | null {
  for (let k = 1; k < count; k++) {
    if (clean[CLEAN_STRIDE * (k - 1)] > clean[CLEAN_STRIDE * k]) {
      return Array.from({ length: count }, (_, j) => j).sort((a, b) => clean[CLEAN_STRIDE * a] - clean[CLEAN_STRIDE * b]);
    }
  }
  return null;
}

/** Index of the first element of a sorted array that is ≥ x (the count of elements below x). */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildPassage(norm: NormalizedText, quantities: ScannedQuantity[], clean: readonly number[]): Passage {
  const text = norm.text;
  const n = text.length;
  const count = quantities.length;
  const order = readingOrder(clean, count);
  // One pass: sentence and clause numbers at each figure's start. Punctuation inside a figure (1,234) is not a
  // boundary: `coverEnd` is the furthest end of the figures started so far.
  const sentenceEnds: number[] = [];
  const figures: Figure[] = [];
  let sentence = 0;
  let clause = 0;
  let clauseStart = 0;
  let coverEnd = 0;
  let prevEnd = 0;
  let next = 0;
  let namedUnit: { sentence: number; unit: string } | null = null;
  for (let i = 0; i <= n || next < count; i++) {
    for (; next < count; next++) {
      const k = order ? order[next] : next;
      const at = clean[CLEAN_STRIDE * k];
      if (at > i) break;
      const q = quantities[k];
      const end = clean[CLEAN_STRIDE * k + 1];
      // (a currency written before the figure is the figure's, not a word of the text before it: `較去年底的港幣1,184億元
      // 增加港幣52億元` compares with the year's end and states an increase)
      const head = currencyBefore(text, Math.max(prevEnd, clauseStart), at);
      figures.push({
        q,
        cleanStart: at,
        cleanEnd: end,
        index: figures.length,
        kind: q.kind,
        unit: '',
        iv: statedInterval(q),
        value: q.value,
        sentence,
        clause,
        gapBefore: text.slice(Math.min(prevEnd, head), head),
        label: text.slice(Math.max(clauseStart, Math.min(prevEnd, head), head - MAX_HEAD), head),
        clauseHead: text.slice(Math.max(clauseStart, head - MAX_HEAD), head),
        changeBefore: undefined,
        changePair: undefined,
      });
      const f = figures[figures.length - 1];
      f.unit = unitOf(q, text, clean[CLEAN_STRIDE * k + 3], end, f.label);
      // `人次为3,399万，较前年的3,912万减少…`: a comparison's base has the unit its figure's name gave, unwritten.
      if (f.kind === 'number') {
        if (f.unit === '' && namedUnit && namedUnit.sentence === sentence && COMPARED_WITH.test(f.label)) f.unit = namedUnit.unit;
        else namedUnit = f.unit !== '' && q.unit === null && clean[CLEAN_STRIDE * k + 3] === end ? { sentence, unit: f.unit } : null;
      }
      // (a second classifier in brackets after the unit, `2.43万套（间）`, is part of the unit: the next figure's gap starts after it)
      prevEnd = Math.max(prevEnd, end + classifierAsideLength(text, end));
      coverEnd = Math.max(coverEnd, Math.min(end, n));
    }
    if (i < n && i >= coverEnd) {
      const kind = BOUNDARY[text.charCodeAt(i)];
      if (kind !== 0) {
        if (kind === SENTENCE) {
          sentence++;
          sentenceEnds.push(i);
        }
        clause++;
        clauseStart = i + 1;
      }
    }
  }
  foldOnlyCurrency(text, figures);
  return { norm, text, figures, sentenceOf: (offset: number) => countBelow(sentenceEnds, Math.max(0, Math.min(offset, n))) };
}

/** Where the words before a figure at `at` end: before a currency written right before it (`港币`, `新台币`), if any,
 *  and never before `from`. */
function currencyBefore(text: string, from: number, at: number): number {
  if (at - from < 2 || !CURRENCY_LAST_CODES.has(text.charCodeAt(at - 1))) return at;
  const m = CURRENCY_BEFORE_FIGURE.exec(text.slice(Math.max(from, at - 4), at));
  return m ? at - m[0].length : at;
}

/** `經營溢利為港幣356.8億元，…分別為158.2億、142.7億及59.5億港元`: a text whose money is all in one currency other than the
 *  yuan writes it before some figures (`港幣…元`) and after others (`港元`); with no other currency named, both are 元. */
function foldOnlyCurrency(text: string, figures: Figure[]): void {
  for (const [unit, names] of ONLY_CURRENCIES) {
    if (!figures.some((f) => f.unit === unit) || OTHER_CURRENCY_NAMED.exec(text.replace(names, '')) !== null) continue;
    for (const f of figures) if (f.unit === unit) f.unit = '元';
  }
}
/** Currencies written after a figure as a unit, and every way the text may name them (simplified). */
const ONLY_CURRENCIES: ReadonlyArray<readonly [string, RegExp]> = [['港元', /港元|港币/g], ['澳门元', /澳门元|澳门币/g]];
/** Any currency's name (once the one a text is in is taken out). */
const OTHER_CURRENCY_NAMED = /人民币|港元|港币|澳门元|澳门币|新台币|美元|欧元|日元|英镑|澳元|加元|韩元|卢布|元人民币/;

/** Classifiers a unit may be followed by in brackets (`套（间）`, `个（家）`, `所（个）`). */
const ASIDE_CLASSIFIER_CODES = new Set(Array.from('间个户人套张所家辆台座处条项宗名位只头株次', (c) => c.charCodeAt(0)));

/** Length of a bracketed classifier right at `at` (`(间)`: 3), 0 when there is none. */
function classifierAsideLength(text: string, at: number): number {
  return text.charCodeAt(at) === OPEN_PAREN && ASIDE_CLASSIFIER_CODES.has(text.charCodeAt(at + 1)) && text.charCodeAt(at + 2) === CLOSE_PAREN ? 3 : 0;
}
const OPEN_PAREN = '('.charCodeAt(0);
const CLOSE_PAREN = ')'.charCodeAt(0);

/** Clean text strictly between two figures (empty when they touch or overlap). */
export function between(p: Passage, a: Figure, b: Figure): string {
  return a.cleanEnd < b.cleanStart ? p.text.slice(a.cleanEnd, b.cleanStart) : '';
}

/** Original text of a figure's number (no unit), for messages. */
export function figureText(p: Passage, f: Figure): string {
  return p.norm.original.slice(f.q.numberStart, f.q.numberEnd);
}

// Index loops over char codes: `for (const ch of s)` makes a one-character string per character, and the relation
// finder asks these of gaps for nearly every figure.
export function hasSentenceEnd(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (BOUNDARY[s.charCodeAt(i)] === SENTENCE) return true;
  return false;
}

export function countClauseEnds(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (BOUNDARY[s.charCodeAt(i)] !== 0) n++;
  return n;
}

/** Drop leading punctuation/space and trailing 了 / spaces: `，增长了` → `增长`. */
export function trimGap(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (isClauseEndAt(s, a) || TRIMMED_HEAD[s.charCodeAt(a)] === 1)) a++;
  while (b > a && TRIMMED_TAIL[s.charCodeAt(b - 1)] === 1) b--;
  // `按年上升約64.5%`: an approximation word before the figure is no part of the words before it
  if (b > a + 1 && s.charCodeAt(b - 1) === APPROX_YUE && !NOT_APPROX_BEFORE_YUE.includes(s[b - 2])) b--;
  return s.slice(a, b);
}

const TRIMMED_HEAD = codeTable(' )）');
const TRIMMED_TAIL = codeTable(' 了');
const APPROX_YUE = '约'.charCodeAt(0);
const NOT_APPROX_BEFORE_YUE = '大节合';

function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** True when the two strings share a two-character Han sequence (a crude "same subject" test for labels). */
export function sharesBigram(a: string, b: string): boolean {
  for (let i = 0; i + 1 < a.length; i++) {
    const bi = a.slice(i, i + 2);
    if (/^[\u3400-\u9fff]{2}$/.test(bi) && b.includes(bi)) return true;
  }
  return false;
}

/** Do two names share a run of three Han characters (`新增就业` in `城镇新增就业人数`)? */
export function sharesTrigram(a: string, b: string): boolean {
  for (let i = 0; i + 2 < a.length; i++) {
    const tri = a.slice(i, i + 3);
    if (/^[\u3400-\u9fff]{3}$/.test(tri) && b.includes(tri)) return true;
  }
  return false;
}

/** Offset of the last sentence end in a gap, or -1. */
export function lastSentenceEnd(gap: string): number {
  for (let i = gap.length - 1; i >= 0; i--) if (isSentenceEndAt(gap, i)) return i;
  return -1;
}

/** The text of a figure's sentence before it (at most MAX_SENTENCE_HEAD characters). */
export function sentenceHead(p: Passage, f: Figure): string {
  let a = f.cleanStart;
  while (a > 0 && f.cleanStart - a < MAX_SENTENCE_HEAD && !isSentenceEndAt(p.text, a - 1)) a--;
  return p.text.slice(a, f.cleanStart);
}
const MAX_SENTENCE_HEAD = 60;
