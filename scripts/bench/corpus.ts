// Texts for the benchmark and the robustness tests: report-like prose of a requested size, and adversarial
// inputs of the same size. Everything is deterministic (seeded), so two runs time the same text.
import * as fs from 'fs';
import * as path from 'path';

/** Repository root, from out/scripts/bench/ or out/test/<area>/ (both three levels below it). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
const SHARED_EVAL = path.resolve(ROOT, '..', 'shared', 'eval', 'dev.json');

export const KiB = 1024;
export const MiB = 1024 * 1024;

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same text on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

// Used only when neither samples/ nor the shared eval set is there: statistical sentences in the usual
// shapes (share of a total, growth, parts and sum, approximations, traditional script, Chinese numerals).
const TEMPLATES: ReadonlyArray<(r: () => number) => string> = [
  (r) => `全市地区生产总值达到${fig(r, 1, 9999)}亿元，比上年增长${fig(r, 1, 9)}%。`,
  (r) => `全年接待游客${fig(r, 1, 9999)}萬人次，其中入境游客${fig(r, 1, 99)}萬人次，占${fig(r, 1, 30)}%。`,
  (r) => `年末常住人口${fig(r, 100, 999)}万人，比上年末增加${Math.floor(r() * 9) + 1}万多人。`,
  (r) => `全省${['三', '四', '五', '六'][Math.floor(r() * 4)]}成以上的农户参加了合作医疗，人均补助约${fig(r, 100, 999)}元。`,
  (r) => `一般公共预算收入${fig(r, 100, 999)}亿元，其中税收收入${fig(r, 10, 99)}亿元，占比百分之${['七十一', '六十五', '八十'][Math.floor(r() * 3)]}。`,
  (r) => `全年粮食产量${fig(r, 1000, 9999)}万吨，较上年提高${fig(r, 1, 5)}个百分点，比2000年翻两番。`,
];

function fig(r: () => number, lo: number, hi: number): string {
  const v = lo + r() * (hi - lo);
  return v.toFixed(Math.floor(r() * 3));
}

const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');

/**
 * Paragraphs of real-looking statistical prose: samples/*.txt, then the shared eval passages (and seeds), else the
 * generator. `consistent` keeps only prose whose figures agree (no sample with planted errors, no eval passage with
 * an expected finding): what a published report looks like, where a checker finds nothing.
 */
export function sourceParagraphs(options: { consistent?: boolean } = {}): { paragraphs: string[]; source: string } {
  const paragraphs: string[] = [];
  const sources: string[] = [];
  const addLines = (file: string, label: string) => {
    const text = fs.readFileSync(file, 'utf8');
    const found = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
    if (found.length > 0) sources.push(label);
    paragraphs.push(...found);
  };
  const samples = path.join(ROOT, 'samples');
  if (fs.existsSync(samples)) {
    for (const name of fs.readdirSync(samples).filter((n) => n.endsWith('.txt')).sort()) {
      if (options.consistent && name.includes('error')) continue;
      addLines(path.join(samples, name), `samples/${name}`);
    }
  }
  if (options.consistent && fs.existsSync(SEEDS)) {
    for (const name of fs.readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()) addLines(path.join(SEEDS, name), `../shared/seeds/${name}`);
  }
  if (fs.existsSync(SHARED_EVAL)) {
    const dev = JSON.parse(fs.readFileSync(SHARED_EVAL, 'utf8')) as { cases: Array<{ text: string; findings?: unknown[] }> };
    const cases = options.consistent ? dev.cases.filter((c) => !c.findings?.length) : dev.cases;
    paragraphs.push(...cases.map((c) => c.text));
    sources.push(options.consistent ? '../shared/eval/dev.json (passages without findings)' : '../shared/eval/dev.json');
  }
  if (paragraphs.length === 0) {
    const r = seededRandom(7);
    for (let i = 0; i < 200; i++) paragraphs.push(TEMPLATES[i % TEMPLATES.length](r));
    sources.push('built-in sentence generator');
  }
  return { paragraphs, source: sources.join(' + ') };
}

/** Perturb ASCII digits so repeated paragraphs are not byte-identical (caches must not flatter the figures). */
function vary(paragraph: string, r: () => number): string {
  let out = '';
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph.charCodeAt(i);
    out += c >= 0x31 && c <= 0x39 && r() < 0.3 ? String.fromCharCode(0x31 + Math.floor(r() * 9)) : paragraph[i];
  }
  return out;
}

/**
 * A report of about `bytes` UTF-8 bytes: paragraphs drawn in seeded order from `paragraphs`, separated by blank
 * lines as in a real bulletin, cut at a paragraph boundary. Figures are varied unless `vary: false` (varying them
 * breaks the relations between them, so consistent prose must be drawn as written).
 */
export function buildReport(bytes: number, paragraphs: readonly string[], seed = 1, options: { vary?: boolean } = {}): string {
  const r = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const drawn = paragraphs[Math.floor(r() * paragraphs.length)];
    const p = (options.vary === false ? drawn : vary(drawn, r)) + '\n\n';
    parts.push(p);
    size += utf8Bytes(p);
  }
  return parts.join('');
}

/** Repeat `unit` (called with a running index) until the text has about `bytes` UTF-8 bytes. */
function fill(bytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    size += utf8Bytes(u);
  }
  return parts.join('');
}

export interface AdversarialInput {
  name: string;
  /** Why this input could hurt a scanner. */
  why: string;
  build(bytes: number): string;
  /** One of the kinds issue 5 names for its worst-case target: all digits, all numeral characters, all brackets,
   *  alternating patterns. The others were added here to probe further (density, stacked words, endless runs). */
  namedInIssue?: true;
}

const NUMERAL_CHARS = '〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億';

/** Inputs that defeat naive scanners: one endless figure, endless numeral runs, endless annotations … */
export const ADVERSARIAL: readonly AdversarialInput[] = [
  { name: 'all digits', why: 'one figure a million digits long', build: (b) => '7'.repeat(b), namedInIssue: true },
  {
    name: 'all numeral characters',
    why: 'one endless Chinese numeral, random places',
    build: (b) => {
      const r = seededRandom(11);
      return fill(b, () => NUMERAL_CHARS[Math.floor(r() * NUMERAL_CHARS.length)]);
    },
    namedInIssue: true,
  },
  { name: 'pinyin brackets', why: 'an annotation after every character', build: (b) => fill(b, () => '網(wǎng)'), namedInIssue: true },
  { name: 'digit/Han alternating', why: 'a figure, a unit candidate, a figure …', build: (b) => fill(b, (i) => (i % 2 ? '万' : '3')), namedInIssue: true },
  { name: '万万万', why: 'magnitude words stacked without end', build: (b) => '8' + fill(b, () => '万') },
  // A run of digits and separators longer than 1 KiB is stepped over whole (see MAX_FIGURE_CHARS in the scanner),
  // so these two break their runs every 1000 characters: the scanner must still read every figure in them.
  { name: 'digit commas', why: 'thousands separators in every place: 1,2,3,… (a space every 1000 chars)', build: (b) => fill(b, (i) => `${i % 10}${i % 500 === 499 ? ' ' : ','}`) },
  { name: 'decimal points', why: '1.2.3.4 … dotted figures (a space every 1000 chars)', build: (b) => fill(b, (i) => `${i % 10}${i % 500 === 499 ? ' ' : '.'}`) },
  { name: 'endless digit run', why: 'one 1 MiB run of digits and commas: 1,2,3,… with no break', build: (b) => fill(b, (i) => `${i % 10},`) },
  { name: 'space-grouped digits', why: 'digits grouped by spaces without end: 1 234 234 …', build: (b) => '1' + fill(b, () => ' 234') },
  { name: 'percent soup', why: 'a quantity every two characters: 5%5%5%', build: (b) => fill(b, (i) => `${i % 10}%`) },
  { name: 'open brackets', why: 'annotations that never close: 网(wang网(wang …', build: (b) => fill(b, () => '网(wang'), namedInIssue: true },
  { name: 'approximation words', why: '约近超过多余左右 around every figure', build: (b) => fill(b, (i) => `约${i % 100}多万余左右近`) },
];
