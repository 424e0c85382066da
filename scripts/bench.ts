// `npm run bench`: how fast StatLens is on report-sized texts, against the peer (Microsoft Recognizers-Text),
// on adversarial input, incrementally, and through the language server. Prints Markdown tables; asserts
// nothing (timings belong in docs/performance.md, not in pass/fail tests).
//
//   node out/scripts/bench.js [--quick] [--no-lsp] [--no-peer]
//     --quick   100 KiB and 1 MiB only, fewer runs (a minute instead of several)
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as OpenCC from 'opencc-js/t2cn';
import { analyze, recognize } from '../server/src/engine';
import { normalize } from '../server/src/engine/normalize';
import { ADVERSARIAL, KiB, MiB, ROOT, buildReport, sourceParagraphs, utf8Bytes } from './bench/corpus';
import { loadCreateAnalyzer } from './bench/engines';
import { SETTLE_STABLE_MS, coldStart, type ColdStart, keystroke, memoryWithOpenDocuments, serverBuilds, type OpenDocumentsMemory } from './bench/lsp';
import { serverEnvironment } from '../client/src/serverProcess';
import { formatBytes, formatMs, median, table, timeIt, timeItAsync } from './bench/measure';
import { createAnalysisPool, defaultPoolSize } from '../server/src/parallel/pool';
import { lineAlignedPrefix, peerRecognize } from './bench/peer';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const WITH_LSP = !args.has('--no-lsp');
const WITH_PEER = !args.has('--no-peer');

/** Sizes of the report-like texts, with how many timed runs each gets (the median is reported). */
const SIZES: ReadonlyArray<{ label: string; bytes: number; runs: number }> = QUICK
  ? [{ label: '100 KiB', bytes: 100 * KiB, runs: 5 }, { label: '1 MiB', bytes: MiB, runs: 3 }]
  : [{ label: '100 KiB', bytes: 100 * KiB, runs: 9 }, { label: '1 MiB', bytes: MiB, runs: 5 }, { label: '10 MiB', bytes: 10 * MiB, runs: 3 }];

/** The peer handles about 10 K characters a second: it is timed on a line-aligned prefix of this many UTF-16 units. */
const PEER_SLICE_CHARS = QUICK ? 8_000 : 16_000;

const TARGET = {
  peerRatio: 50,
  mibPerSecond: 20,
  keystrokeMs: 5,
  coldStartMs: 300,
  rssWith10MiB: 100 * MiB,
  vsixBytes: MiB,
  worstCaseRatio: 3,
};

const verdicts: string[] = [];
function verdict(ok: boolean, what: string): void {
  verdicts.push(`- ${ok ? 'met' : '**missed**'}: ${what}`);
}

function mibPerSecond(bytes: number, ms: number): number {
  return bytes / MiB / (ms / 1000);
}

function section(title: string): void {
  console.log(`\n## ${title}\n`);
}

function environment(): void {
  const cpus = os.cpus();
  console.log('# StatLens benchmark\n');
  console.log(`- date: ${new Date().toISOString()}`);
  console.log(`- node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}`);
  console.log(`- load average at start: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('- times are medians of several runs after a warm-up run; sizes are UTF-8 bytes of the text (its size on disk)');
}

interface SizeResult { label: string; bytes: number; text: string; msPerMiB: number; peerMsPerMiB?: number }

/** The same analysis on every core: the analysis pool (server/src/parallel) cuts a document at chunk ends into pieces
 *  that worker threads analyze at once; the result is identical to analyze() (tested). What `statlens check` does
 *  with --jobs auto on large inputs. Wall time, warmed up (each worker has its own JIT). */
async function parallelAnalysis(results: SizeResult[]): Promise<void> {
  const threads = defaultPoolSize();
  section(`On every core: the analysis pool (${threads} worker threads)`);
  const pool = createAnalysisPool(threads);
  const rows: string[][] = [];
  try {
    for (const r of results.filter((x) => x.bytes >= MiB)) {
      const t = await timeItAsync(() => pool.analyze(r.text, { locale: 'zh-cn' }), QUICK ? 3 : 5, 3);
      const msPerMiB = t.wallMs / (r.bytes / MiB);
      rows.push([
        r.label,
        formatMs(t.wallMs),
        mibPerSecond(r.bytes, t.wallMs).toFixed(2),
        `${(r.msPerMiB / msPerMiB).toFixed(2)}×`,
        r.peerMsPerMiB ? `${(r.peerMsPerMiB / msPerMiB).toFixed(0)}×` : '—',
      ]);
    }
  } finally {
    await pool.close();
  }
  console.log(table(['size', 'pool ms', 'MiB/s', 'speed-up over one thread', 'peer ÷ pool'], rows));
  console.log(`
${os.cpus().length} logical CPUs, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}: a pool cannot beat one thread by more than the cores left idle.`);
}

/** The stress corpus: every paragraph, planted errors included, with figures perturbed (thousands of warnings). */
function stressAnalysis(): void {
  section('Stress: the same analysis on inconsistent text');
  const { paragraphs } = sourceParagraphs();
  const rows: string[][] = [];
  for (const size of SIZES.filter((s) => s.bytes <= MiB)) {
    const text = buildReport(size.bytes, paragraphs, size.bytes);
    const bytes = utf8Bytes(text);
    const t = timeIt(() => analyze(text, { locale: 'zh-cn' }), size.runs, size.bytes < MiB ? size.runs : 1);
    const r = analyze(text, { locale: 'zh-cn' });
    rows.push([size.label, formatMs(t.wallMs), formatMs(t.cpuMs), mibPerSecond(bytes, t.wallMs).toFixed(2),
      r.quantities.length.toLocaleString('en'), r.diagnostics.length.toLocaleString('en')]);
  }
  console.log('All paragraphs (samples with planted errors and every eval passage), 30% of digits changed at random: ' +
    'almost every relation fails, so each paragraph also pays for computing, formatting and localizing its warnings.\n');
  console.log(table(['size', 'StatLens ms', 'CPU ms', 'MiB/s', 'quantities', 'diagnostics'], rows));
}

function wholeAnalysis(paragraphs: string[]): SizeResult[] {
  section('Whole-document analysis vs the peer');
  const rows: string[][] = [];
  const results: SizeResult[] = [];
  let worstRatio = Infinity;
  let slowestMiBs = Infinity;
  let peakRss = 0;
  // The peer only recognizes numbers; recognize() is StatLens doing only that (no relations, no checks): the
  // like-for-like ratio, printed beside the whole analysis, which is what the target is judged on.
  const recognitionRows: string[][] = [];
  for (const size of SIZES) {
    const text = buildReport(size.bytes, paragraphs, size.bytes, { vary: false });
    const bytes = utf8Bytes(text);
    // Small texts get as many warm-up runs as timed runs: otherwise they are timed before the JIT has settled.
    const t = timeIt(() => analyze(text, { locale: 'zh-cn' }), size.runs, size.bytes < MiB ? size.runs : 1);
    peakRss = Math.max(peakRss, t.peakRss);
    const msPerMiB = t.wallMs / (bytes / MiB);
    const result: SizeResult = { label: size.label, bytes, text, msPerMiB };
    results.push(result);
    slowestMiBs = Math.min(slowestMiBs, mibPerSecond(bytes, t.wallMs));
    let peerCells = ['—', '—', '—', '—'];
    if (WITH_PEER) {
      const slice = lineAlignedPrefix(text, PEER_SLICE_CHARS);
      // The peer compiles its regular expressions lazily: one warm-up call, then the median of three.
      const p = timeIt(() => peerRecognize(slice), 3, 1);
      const peerMsPerMiB = p.wallMs / (utf8Bytes(slice) / MiB);
      const ratio = peerMsPerMiB / msPerMiB;
      result.peerMsPerMiB = peerMsPerMiB;
      // And StatLens on that very slice: the ratio with no extrapolation at all. A slice takes a few milliseconds,
      // and its first few dozen runs swing 10× while the JIT re-optimizes: warm it up well before timing.
      const mine = timeIt(() => analyze(slice, { locale: 'zh-cn' }), 15, 40);
      const sliceRatio = p.wallMs / mine.wallMs;
      const recognition = timeIt(() => recognize(text), size.runs, size.bytes < MiB ? size.runs : 1);
      const recognitionOnSlice = timeIt(() => recognize(slice), 15, 40);
      recognitionRows.push([
        size.label,
        formatMs(recognition.wallMs),
        mibPerSecond(bytes, recognition.wallMs).toFixed(2),
        `${(peerMsPerMiB / (recognition.wallMs / (bytes / MiB))).toFixed(0)}×`,
        `${(p.wallMs / recognitionOnSlice.wallMs).toFixed(0)}×`,
        `${(100 * recognition.wallMs / t.wallMs).toFixed(0)}%`,
      ]);
      worstRatio = Math.min(worstRatio, ratio, sliceRatio);
      const extrapolated = slice.length < text.length;
      peerCells = [
        `${formatMs(peerMsPerMiB * (bytes / MiB))}${extrapolated ? '*' : ''}`,
        formatMs(peerMsPerMiB),
        `${ratio.toFixed(0)}×`,
        `${sliceRatio.toFixed(0)}×`,
      ];
    }
    rows.push([
      size.label,
      text.length.toLocaleString('en'),
      formatMs(t.wallMs),
      formatMs(t.cpuMs),
      mibPerSecond(bytes, t.wallMs).toFixed(2),
      Math.round(text.length / (t.wallMs / 1000)).toLocaleString('en'),
      formatMs(msPerMiB),
      peerCells[0],
      peerCells[1],
      peerCells[2],
      peerCells[3],
      formatBytes(t.peakRss),
    ]);
  }
  console.log(table(
    ['size', 'chars', 'StatLens ms', 'CPU ms', 'MiB/s', 'chars/s', 'ms per MiB', 'peer ms', 'peer ms per MiB', 'peer ÷ StatLens', 'same on the slice', 'peak RSS'],
    rows,
  ));
  if (WITH_PEER) {
    console.log(`\n\\* peer timed (median of 3 after a warm-up) on the first ${PEER_SLICE_CHARS.toLocaleString('en')} characters (cut at a line break) of the same text, ` +
      'then scaled by size: it recognizes line by line, so its cost is linear in the number of lines.');
    console.log('\n### Recognition only: the peer\'s task\n');
    console.log('`recognize()`: the same quantities as the analysis (tested), without the relation finder and the checks.\n');
    console.log(table(['size', 'recognize() ms', 'MiB/s', 'peer ÷ recognize()', 'same on the slice', 'share of analyze()'], recognitionRows));
    verdict(worstRatio >= TARGET.peerRatio, `throughput ≥ ${TARGET.peerRatio}× the peer's, whole analysis (worst size: ${worstRatio.toFixed(0)}×)`);
  }
  verdict(slowestMiBs >= TARGET.mibPerSecond, `whole analysis ≥ ${TARGET.mibPerSecond} MiB/s (slowest size: ${slowestMiBs.toFixed(2)} MiB/s)`);
  const perMiB = results.map((r) => r.msPerMiB);
  const growth = Math.max(...perMiB) / Math.min(...perMiB);
  console.log(`\nGrowth: ms per MiB varies by ${growth.toFixed(2)}× across sizes (1.0 = perfectly linear). Peak RSS of this process: ${formatBytes(peakRss)}.`);
  verdict(growth <= 2, `linear growth (ms per MiB within 2× across sizes: ${growth.toFixed(2)}×)`);
  return results;
}

function traditionalConversion(reference: SizeResult, paragraphs: string[]): void {
  section('Traditional → simplified conversion alone');
  // The same text, and a text made only of traditional-script paragraphs (where conversion has work to do).
  const traditionalParagraphs = paragraphs.filter((p) => OpenCC.Converter({ from: 't', to: 'cn' })(p) !== p);
  const texts: Array<[string, string]> = [[`report, ${reference.label}`, reference.text]];
  if (traditionalParagraphs.length > 0) texts.push([`traditional only, ${reference.label}`, buildReport(reference.bytes, traditionalParagraphs, 3, { vary: false })]);
  const phrase = OpenCC.Converter({ from: 't', to: 'cn' });
  const rows = texts.map(([label, text]) => {
    const whole = timeIt(() => analyze(text), 3);
    const norm = timeIt(() => normalize(text), 5);
    const opencc = timeIt(() => phrase(text), 3);
    return [
      label,
      formatMs(norm.wallMs),
      `${(100 * norm.wallMs / whole.wallMs).toFixed(0)}%`,
      formatMs(opencc.wallMs),
      `${(opencc.wallMs / norm.wallMs).toFixed(1)}×`,
      formatMs(whole.wallMs),
    ];
  });
  console.log(table(['text', 'normalize() ms (t2cn char table)', 'share of analyze', 'opencc-js phrase t2cn ms', 'phrase ÷ char', 'analyze ms'], rows));
  console.log('\nnormalize() does full-width folding, pinyin-annotation removal and spacing as well as the character table; ' +
    'opencc-js converts phrases and may change lengths (which would break offsets), so the engine does not use it on documents.');
}

function worstCase(reference: SizeResult): void {
  section(`Adversarial inputs (${reference.label} each) vs report text`);
  const normal = timeIt(() => analyze(reference.text), 3);
  const normalCpuPerMiB = normal.cpuMs / (reference.bytes / MiB);
  const referenceQuantities = analyze(reference.text).quantities.length;
  // Per quantity only where there are many: one figure in 1 MiB says nothing about the cost of a figure.
  const perQuantity = (cpuMs: number, quantities: number) => (quantities >= 1000 ? `${((cpuMs * 1000) / quantities).toFixed(1)}` : '—');
  const rows: string[][] = [[`report text (reference)`, formatMs(normal.wallMs), formatMs(normal.wallMs / (reference.bytes / MiB)), '1.00×', '',
    referenceQuantities.toLocaleString('en'), perQuantity(normal.cpuMs, referenceQuantities), '', '']];
  const worst = { named: { ratio: 0, name: '' }, all: { ratio: 0, name: '' }, growth: { ratio: 0, name: '' } };
  for (const input of ADVERSARIAL) {
    const text = input.build(reference.bytes);
    const bytes = utf8Bytes(text);
    const t = timeIt(() => analyze(text), 3);
    const ratio = t.cpuMs / (bytes / MiB) / normalCpuPerMiB;
    if (ratio > worst.all.ratio) worst.all = { ratio, name: input.name };
    if (input.namedInIssue && ratio > worst.named.ratio) worst.named = { ratio, name: input.name };
    const q = analyze(text).quantities.length;
    // Same input at a quarter of the size: CPU per MiB should not change if the cost is linear.
    const quarter = input.build(reference.bytes / 4);
    const small = timeIt(() => analyze(quarter), 3);
    const growth = (t.cpuMs / bytes) / (small.cpuMs / utf8Bytes(quarter));
    if (growth > worst.growth.ratio) worst.growth = { ratio: growth, name: input.name };
    rows.push([input.name, formatMs(t.wallMs), formatMs(t.wallMs / (bytes / MiB)), `${ratio.toFixed(2)}×`, `${growth.toFixed(2)}×`, q.toLocaleString('en'),
      perQuantity(t.cpuMs, q), input.namedInIssue ? 'yes' : '', input.why]);
  }
  console.log(table(['input', 'ms', 'ms per MiB', 'CPU per MiB ÷ report', 'per MiB, 4× size ÷ 1×', 'quantities', 'CPU µs per quantity', 'named in issue 5', 'why it is hard'], rows));
  console.log('\nA superlinear cost shows as a growth factor well above 1 (quadratic would be ~4×); a high ratio with growth ≈ 1 is density (more quantities per MiB), not backtracking.');
  verdict(worst.named.ratio <= TARGET.worstCaseRatio,
    `adversarial inputs of the kinds issue 5 names (all digits, all numeral characters, brackets, alternating) ≤ ${TARGET.worstCaseRatio}× report text per MiB (worst: ${worst.named.name}, ${worst.named.ratio.toFixed(2)}×)`);
  verdict(worst.all.ratio <= TARGET.worstCaseRatio, `every adversarial input here ≤ ${TARGET.worstCaseRatio}× report text per MiB (worst: ${worst.all.name}, ${worst.all.ratio.toFixed(2)}×)`);
  verdict(worst.growth.ratio <= 2, `no adversarial input grows faster than its size (worst: ${worst.growth.name}, ${worst.growth.ratio.toFixed(2)}× per MiB from ¼ size to full)`);
}

function incremental(reference: SizeResult): void {
  section(`Incremental analysis: one keystroke in the middle of ${reference.label}`);
  const createAnalyzer = loadCreateAnalyzer();
  if (!createAnalyzer) {
    console.log('server/src/engine/incremental.ts is not built yet: skipped.');
    return;
  }
  const first = timeIt(() => createAnalyzer().analyze(reference.text), 1, 0);
  const keystrokes = QUICK ? 10 : 30;
  /** Type `keystrokes` digits, 997 characters apart from the middle on, timing `step` after each. */
  const typeThrough = (step: (text: string) => unknown, check: boolean) => {
    let text = reference.text;
    step(text);
    const times: number[] = [];
    let mismatches = 0;
    let offset = text.length >> 1;
    for (let k = 0; k < keystrokes; k++) {
      while (offset < text.length && !isAsciiDigit(text.charCodeAt(offset))) offset++;
      if (offset >= text.length) break;
      text = text.slice(0, offset) + (text[offset] === '9' ? '1' : String.fromCharCode(text.charCodeAt(offset) + 1)) + text.slice(offset + 1);
      const t0 = process.hrtime.bigint();
      const result = step(text);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      // Identical to a full analysis, or the cache is wrong (checked on a few keystrokes: it costs a full run).
      if (check && k % 10 === 0 && JSON.stringify(result) !== JSON.stringify(analyze(text))) mismatches++;
      offset += 997;
    }
    return { times, mismatches };
  };
  const eager = createAnalyzer();
  const full = typeThrough((t) => eager.analyze(t), true);
  const rows = [
    ['first analysis (empty cache)', formatMs(first.wallMs)],
    [`keystroke → analyze(): every quantity materialized, each paragraph read again (median of ${full.times.length})`, formatMs(median(full.times))],
  ];
  let best = median(full.times);
  const lazy = createAnalyzer();
  if (typeof lazy.update === 'function') {
    let chunks = '';
    const update = typeThrough((t) => {
      const d = lazy.update!(t);
      chunks = `${d.analyzedChunks ?? '?'} of ${d.totalChunks ?? '?'} chunks analyzed afresh`;
      return d;
    }, false);
    rows.push([`keystroke → update(): diagnostics, quantities on demand (median; ${chunks})`, formatMs(median(update.times))]);
    best = Math.min(best, median(update.times));
  }
  console.log(table(['measure', 'ms'], rows));
  console.log(`\nanalyze() result identical to a full analyze(): ${full.mismatches === 0 ? 'yes' : `NO (${full.mismatches} mismatches)`}.`);
  verdict(best <= TARGET.keystrokeMs, `keystroke → re-analysis ≤ ${TARGET.keystrokeMs} ms in-process on ${reference.label} (median ${formatMs(best)} ms)`);
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

async function languageServer(reference: SizeResult, paragraphs: string[]): Promise<void> {
  section('Language server (real server process over stdio)');
  const sample = fs.readFileSync(path.join(ROOT, 'samples', 'report.txt'), 'utf8');
  // Each build three times: the median start, since the first spawn also warms the file cache. The bundle starts
  // through V8's code cache (server/src/launch): once with an empty cache directory (the first start after an
  // install or update, which writes the cache at exit), then three times with the cache.
  const colds: Array<ColdStart & { label: string }> = [];
  const median3 = async (build: string, env: Record<string, string>): Promise<ColdStart> => {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await coldStart(build, sample, env));
    runs.sort((a, b) => a.firstDiagnosticsMs - b.firstDiagnosticsMs);
    return runs[1];
  };
  for (const build of serverBuilds()) {
    if (path.basename(build) !== 'server.js' || !build.includes(`${path.sep}dist${path.sep}`)) {
      colds.push({ ...(await median3(build, {})), label: path.relative(ROOT, build) });
      continue;
    }
    const cacheDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-bench-cache-'));
    try {
      await coldStart(build, sample, { STATLENS_CODE_CACHE: 'off' }); // warms the file cache, as the median does elsewhere
      const first = await coldStart(build, sample, { STATLENS_CODE_CACHE_DIR: cacheDirectory });
      colds.push({ ...first, label: `${path.relative(ROOT, build)}, first start: no code cache yet` });
      colds.push({ ...(await median3(build, { STATLENS_CODE_CACHE_DIR: cacheDirectory })), label: `${path.relative(ROOT, build)}, later starts: code cache` });
    } finally {
      fs.rmSync(cacheDirectory, { recursive: true, force: true });
    }
  }
  // As the VS Code client starts it (its environment: client/src/serverProcess.ts); memory also as a bare bin.
  const asClientStartsIt = serverEnvironment({});
  const k = await keystroke(reference.text, QUICK ? 5 : 15, asClientStartsIt);
  const docs = QUICK ? 3 : 10;
  const texts = Array.from({ length: docs }, (_, i) => buildReport(MiB, paragraphs, 100 + i, { vary: false }));
  const mem = await memoryWithOpenDocuments(texts, asClientStartsIt);
  const bare = await memoryWithOpenDocuments(texts);
  console.log(table(['measure', 'ms'], [
    ...colds.flatMap((c) => [
      [`cold start (${c.label}): spawn → initialize answered`, formatMs(c.initializeMs)],
      [`cold start (${c.label}): spawn → first diagnostics of samples/report.txt (150 ms debounce included)`, formatMs(c.firstDiagnosticsMs)],
    ]),
    [`${reference.label} didOpen → first diagnostics`, formatMs(k.openMs)],
    ['hover round trip, unchanged document (cached)', formatMs(k.cachedHoverMs)],
    [`keystroke → hover on the new text (median of ${k.keystrokes})`, formatMs(k.keystrokeHoverMs)],
    ['= server re-analysis per keystroke (difference)', formatMs(k.reanalysisMs)],
    ['keystroke → diagnostics published (150 ms debounce included)', formatMs(k.keystrokeDiagnosticsMs)],
  ]));
  const cold = colds[colds.length - 1];
  printMemory(mem, `as the VS Code client starts it (MALLOC_ARENA_MAX=${asClientStartsIt.MALLOC_ARENA_MAX})`);
  printMemory(bare, 'as a bare bin with glibc\'s default arenas (another editor that sets nothing)');
  verdict(k.reanalysisMs <= TARGET.keystrokeMs, `keystroke → re-analysis ≤ ${TARGET.keystrokeMs} ms server time on ${reference.label} (${formatMs(k.reanalysisMs)} ms)`);
  const firstStart = colds.find((c) => c.label.includes('no code cache'));
  verdict(cold.firstDiagnosticsMs - 150 <= TARGET.coldStartMs, `cold start ≤ ${TARGET.coldStartMs} ms to first diagnostics, debounce excluded (${cold.label}: ${formatMs(cold.firstDiagnosticsMs - 150)} ms` +
    `${firstStart ? `; the first start after an install, without the cache: ${formatMs(firstStart.firstDiagnosticsMs - 150)} ms` : ''})`);
  if (mem.rssSettled !== null && mem.rssAfter !== null && docs === 10) {
    verdict(mem.settled && mem.rssSettled <= TARGET.rssWith10MiB, `≤ ${formatBytes(TARGET.rssWith10MiB)} RSS with 10 MiB of documents open, judged once settled, ` +
      `server started as the VS Code client starts it (${formatBytes(mem.rssSettled)} settled${mem.settled ? ` after ${(mem.settleMs! / 1000).toFixed(1)} s` : ', still moving after 60 s'}; ` +
      `${formatBytes(mem.rssAfter)} right after the last diagnostics; a bare bin settled at ${bare.rssSettled === null ? 'n/a' : formatBytes(bare.rssSettled)})`);
  }
}

function printMemory(mem: OpenDocumentsMemory, how: string): void {
  if (mem.rssAfter === null || mem.rssSettled === null) {
    console.log(`\nServer memory with ${mem.documents} documents open (${formatBytes(mem.totalBytes)} in all), ${how}: n/a (no /proc).`);
    return;
  }
  // Right after the burst V8 still holds the garbage of analyzing every document; the server gives it back once
  // idle (lsp/memory.ts). Both are printed; the target is judged on the settled figure, which is what stays.
  const settled = mem.settled
    ? `${formatBytes(mem.rssSettled)} once settled (reached ${(mem.settleMs! / 1000).toFixed(1)} s after the last diagnostics, then stable ±1 MiB for ${(SETTLE_STABLE_MS / 1000).toFixed(1)} s)`
    : `${formatBytes(mem.rssSettled)} when observation stopped (still moving after 60 s)`;
  console.log(`\nServer memory with ${mem.documents} documents open (${formatBytes(mem.totalBytes)} in all), ${how}: RSS ${formatBytes(mem.rssAfter)} right after ` +
    `the last diagnostics, ${settled}` + (mem.peak === null ? '' : `; peak ${formatBytes(mem.peak)}`) +
    (mem.rssBefore === null ? '' : `; ${formatBytes(mem.rssBefore)} before opening them`) + '.');
}

function vsix(): void {
  section('Package');
  const files = fs.readdirSync(ROOT).filter((n) => n.endsWith('.vsix'));
  if (files.length === 0) {
    console.log('No .vsix in the repository root (run `npm run package`).');
    return;
  }
  const rows = files.map((n) => {
    const stat = fs.statSync(path.join(ROOT, n));
    return [n, formatBytes(stat.size), stat.mtime.toISOString()];
  });
  console.log(table(['file', 'size', 'built'], rows));
  const largest = Math.max(...files.map((n) => fs.statSync(path.join(ROOT, n)).size));
  verdict(largest < TARGET.vsixBytes, `.vsix < ${formatBytes(TARGET.vsixBytes)} (${formatBytes(largest)})`);
}

async function main(): Promise<void> {
  environment();
  const { paragraphs, source } = sourceParagraphs({ consistent: true });
  console.log(`- report text: ${paragraphs.length} paragraphs of consistent prose from ${source}, drawn in seeded order, as written ` +
    '(a published report; the stress section below times inconsistent text)');
  const results = wholeAnalysis(paragraphs);
  await parallelAnalysis(results);
  stressAnalysis();
  const oneMiB = results.find((r) => r.label === '1 MiB') ?? results[results.length - 1];
  traditionalConversion(oneMiB, paragraphs);
  worstCase(oneMiB);
  incremental(oneMiB);
  if (WITH_LSP) await languageServer(oneMiB, paragraphs);
  vsix();
  section('Targets (issue 5)');
  console.log(verdicts.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exitCode = 1;
});
