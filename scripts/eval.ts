// `npm run eval`: scores the engine on ../shared/eval/dev.json (quantities, traps, findings) and on the peer's
// test suite in ../shared/peer-specs/recognizers-text (NumberModel + PercentModel). Prints figures; exits 0.
// Usage: node out/scripts/eval.js [--verbose] [--dev PATH] [--peer DIR]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/engine';
import type { Quantity } from '../server/src/engine/types';
import { nthOccurrence } from './occurrence';

interface GoldQuantity {
  text: string;
  occurrence: number;
  value: number;
  unit: string | null;
  kind: string;
  min: number | null;
  max: number | null;
}
interface DevCase {
  id: string;
  script: string;
  text: string;
  quantities: GoldQuantity[];
  not_quantities: string[];
  findings: unknown[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const argAfter = (flag: string): string | undefined => {
  const k = args.indexOf(flag);
  return k >= 0 ? args[k + 1] : undefined;
};
const root = path.resolve(__dirname, '..', '..');
const sharedDir = path.resolve(root, '..', 'shared');
const devPath = argAfter('--dev') ?? path.join(sharedDir, 'eval', 'dev.json');
const peerDir = argAfter('--peer') ?? path.join(sharedDir, 'peer-specs', 'recognizers-text');

/** Start offset of the k-th (1-based) raw occurrence of needle in text, or -1. */

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function pct(x: number): string {
  return (x * 100).toFixed(1) + '%';
}

interface DevScore {
  lines: string[];
  f1: number;
  trapHits: number;
  traps: number;
  gold: number;
}

function scoreDev(cases: DevCase[]): string[] {
  return devScore(cases).lines;
}

function devScore(cases: DevCase[]): DevScore {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let valueOk = 0;
  let boundsOk = 0;
  let unitOk = 0;
  let kindOk = 0;
  let traps = 0;
  let trapHits = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const { quantities } = analyze(c.text, { rules: {} });
    predicted += quantities.length;
    const used = new Set<Quantity>();
    for (const g of c.quantities) {
      gold++;
      const at = nthOccurrence(c.text, g.text, g.occurrence);
      const gEnd = at + g.text.length;
      // a prediction matches when its figure span is the gold span (the span may also carry the unit)
      const q = quantities.find((x) => !used.has(x) && x.numberStart === at && x.numberEnd === gEnd) ??
        quantities.find((x) => !used.has(x) && x.start <= at && x.end >= gEnd && x.numberEnd <= gEnd + 1 && x.numberStart >= at - 1);
      if (!q) {
        misses.push(`${c.id} MISS ${g.text} (${g.kind} ${g.value})`);
        continue;
      }
      used.add(q);
      matched++;
      const vOk = close(q.value, g.value) && q.kind === g.kind;
      if (vOk) valueOk++;
      else misses.push(`${c.id} VALUE ${g.text}: got ${q.kind} ${q.value}, want ${g.kind} ${g.value}`);
      if (q.kind === g.kind) kindOk++;
      const bOk = close(q.min, g.min) && close(q.max, g.max);
      if (bOk) boundsOk++;
      else misses.push(`${c.id} BOUNDS ${g.text}: got [${q.min}, ${q.max}], want [${g.min}, ${g.max}]`);
      const uOk = (q.unit ?? null) === (g.unit ?? null);
      if (uOk) unitOk++;
      else misses.push(`${c.id} UNIT ${g.text}: got ${q.unit}, want ${g.unit}`);
    }
    for (const q of quantities) if (!used.has(q)) misses.push(`${c.id} EXTRA ${q.text} = ${q.value} (${q.kind})`);
    for (const t of c.not_quantities) {
      traps++;
      let from = 0;
      let hit = false;
      for (;;) {
        const at = c.text.indexOf(t, from);
        if (at < 0) break;
        from = at + 1;
        // a trap is hit when a reported number overlaps it and isn't a gold quantity
        for (const q of quantities) {
          if (used.has(q)) continue;
          if (q.numberStart < at + t.length && q.numberEnd > at) hit = true;
        }
      }
      if (hit) {
        trapHits++;
        misses.push(`${c.id} TRAP ${t}`);
      }
    }
  }
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const lines = [
    `dev quantities: ${gold} gold, ${predicted} predicted, ${matched} matched`,
    `  precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}  F1 ${f1.toFixed(4)}`,
    `  value accuracy ${(valueOk / Math.max(1, matched)).toFixed(4)} (${valueOk}/${matched})  bounds ${(boundsOk / Math.max(1, matched)).toFixed(4)}  unit ${(unitOk / Math.max(1, matched)).toFixed(4)}  kind ${(kindOk / Math.max(1, matched)).toFixed(4)}`,
    `  trap hits ${trapHits}/${traps}`,
  ];
  if (verbose) lines.push(...misses.map((m) => '    ' + m));
  else if (misses.length) lines.push(`  (${misses.length} problems; --verbose lists them)`);
  return { lines, f1, trapHits, traps, gold };
}

/** One line per set in eval/probes: passages written during development, after the engine scored 1.000 on the dev
 *  set, to find where it fails on text it had never seen (eval/probes/README.md). */
function scoreProbes(): string[] {
  const dir = path.join(root, 'eval', 'probes');
  if (!fs.existsSync(dir)) return [];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { scoreFindings } = require('./eval-findings') as { scoreFindings: (cases: unknown[], fn: typeof analyze) => string[] };
  const lines = ['probe sets (eval/probes, written during development to find failures on unseen text):'];
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const cases = (JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { cases: DevCase[] }).cases;
    const q = devScore(cases);
    const f = scoreFindings(cases, analyze).join('\n');
    const figure = (re: RegExp) => (f.match(re) ?? [])[1] ?? '?';
    lines.push(`  ${name.padEnd(26)} ${String(cases.length).padStart(2)} passages  quantities F1 ${q.f1.toFixed(3)} (${q.gold})  traps hit ${q.trapHits}/${q.traps}  ` +
      `findings recall ${figure(/findings recall: ([\d.]+)/)} precision ${figure(/precision: ([\d.]+)/)}  false alarms ${figure(/false alarms on consistent passages: (\d+ in \d+\/\d+)/)} passages`);
  }
  return lines;
}

interface PeerCase {
  Input: string;
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Results: { Text: string; TypeName: string; Resolution: { value: string | null }; Start: number; End: number }[];
}

/** The peer's expected value as a number in our units: "71%" → 71 for percent, "5000000" → 5e6. */
function peerValue(v: string | null): number | null {
  if (v === null) return null;
  return Number(v.endsWith('%') ? v.slice(0, -1) : v);
}

/** Peer cases whose convention StatLens rejects on purpose, with the reason (printed by the eval). */
const REJECTED: Record<string, string> = {
  date: 'dates and times are never numbers in StatLens (1991年, 1月16日, 20点)',
  lone: 'a lone numeral with no measure word is an article or part of a word in prose (一只 → 一, 二, 三农)',
  notation: 'scientific notation, powers and k/M suffixes (2e5, 2^5, 40k) do not occur in Chinese statistical prose',
  range: 'a range is one quantity whose value is its lower bound (5-20% → 5, bounds [5, 20]), the dev set convention',
  code: 'a digit string of 7+ digits with no unit is read as a phone number or code',
  nonsense: 'malformed input (2222.2222.22222.222, …9, 负3分之负157, 7 2 折)',
};
const LONE = new Set('一二三四五六七八九十两俩壹贰叁肆伍陆柒捌玖兩倆貳參陸'.split(''));

function rejectionReason(input: string, r: PeerCase['Results'][number], got: Quantity | undefined): string | null {
  const after = input.slice(r.End + 1).replace(/^\s+/, '');
  if (/^[年月日号號点點时時]/.test(after) && !/^点[0-9一二三四五六七八九]/.test(after)) return 'date';
  if (/[0-9](\s*)[eE^][-+]?|[0-9.]\s*[kKmM]\b|[0-9]\s*[kK]个|[0-9]\s*[kK]個|[0-9]\s*[kK]$|\^/.test(r.Text + ' ' + input.slice(r.Start, r.End + 3))) return 'notation';
  if (r.Text.length === 1 && LONE.has(r.Text)) return 'lone';
  if (got && got.approx === 'range') return 'range';
  if (/^[0-9]{7,}$/.test(r.Text)) return 'code';
  if (/\.\d+\.\d|\.\.\.|负.分之负|負.分之負|分  之 负|分  之 負|7 2 折/.test(input)) return 'nonsense';
  return null;
}

function scorePeer(): string[] {
  const files = [['number/NumberModel.json', 'number'], ['number/PercentModel.json', 'percent']] as const;
  const lines: string[] = [];
  let totalResults = 0;
  let overlapped = 0;
  let valueOk = 0;
  const rejected = new Map<string, number>();
  const misses: string[] = [];
  for (const [file, kind] of files) {
    const p = path.join(peerDir, file);
    if (!fs.existsSync(p)) return [`peer specs: ${p} not found, skipped`];
    const cases = JSON.parse(fs.readFileSync(p, 'utf8')) as PeerCase[];
    let fileResults = 0;
    let fileOk = 0;
    for (const c of cases) {
      const { quantities } = analyze(c.Input, { rules: {} });
      for (const r of c.Results) {
        fileResults++;
        totalResults++;
        const start = r.Start;
        const end = r.End + 1;
        const q = quantities.find((x) => x.numberStart < end && x.numberEnd > start);
        // the value is compared once; a wrong or missing value is then either a rejected convention or a miss
        const want = peerValue(r.Resolution.value);
        const ok = !!q && want !== null && q.value !== null && Math.abs(q.value - want) <= 1e-6 * Math.max(1, Math.abs(want));
        const reason = ok ? null : rejectionReason(c.Input, r, q);
        if (reason) {
          rejected.set(reason, (rejected.get(reason) ?? 0) + 1);
          misses.push(`${kind} REJECTED(${reason}) ${JSON.stringify(c.Input)} → ${r.Text} = ${r.Resolution.value}`);
          continue;
        }
        if (!q) {
          misses.push(`${kind} MISS ${JSON.stringify(c.Input)} → ${r.Text} = ${r.Resolution.value}`);
          continue;
        }
        overlapped++;
        if (ok) {
          valueOk++;
          fileOk++;
        } else misses.push(`${kind} VALUE ${JSON.stringify(c.Input)} → ${r.Text}: got ${q.value} (${q.text}), want ${want}`);
      }
    }
    lines.push(`  ${file}: ${fileOk}/${fileResults} values right`);
  }
  const rejectedCount = [...rejected.values()].reduce((a, b) => a + b, 0);
  const judged = totalResults - rejectedCount;
  lines.unshift(
    `peer specs (Recognizers-Text zh NumberModel + PercentModel): ${totalResults} expected results; ${rejectedCount} follow conventions StatLens rejects (listed below)`,
    `  of the other ${judged}: ${overlapped} found at the span, ${valueOk} with the right value: value accuracy ${(valueOk / Math.max(1, judged)).toFixed(4)}`,
    `  raw, counting rejected conventions as misses: ${pct(valueOk / Math.max(1, totalResults))}`,
  );
  for (const [reason, count] of [...rejected].sort((a, b) => b[1] - a[1])) lines.push(`  rejected ${count} × ${reason}: ${REJECTED[reason]}`);
  if (verbose) lines.push(...misses.map((m) => '    ' + m));
  return lines;
}

function main(): void {
  if (!fs.existsSync(devPath)) {
    console.log(`dev set not found at ${devPath}; nothing to score (the eval needs ../shared beside the repository)`);
    return;
  }
  const dev = JSON.parse(fs.readFileSync(devPath, 'utf8')) as { cases: DevCase[] };
  const out: string[] = [];
  out.push(...scorePeer());
  out.push(...scoreProbes());
  let findingsLines: string[] = [];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('./eval-findings') as { scoreFindings?: (cases: unknown[], fn: typeof analyze) => string[] };
    if (mod.scoreFindings) findingsLines = mod.scoreFindings(dev.cases, analyze);
  } catch {
    findingsLines = ['findings: scorer not available'];
  }
  out.push(...findingsLines);
  out.push(...scoreDev(dev.cases));
  console.log(out.join('\n'));
}

main();
