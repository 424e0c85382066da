// Scores the consistency findings of the engine against eval cases (../shared/eval/dev.json schema):
// recall, precision, right code, `expected` within 1 %, false alarms on consistent passages, per-code counts.
// A diagnostic matches a gold finding when its range is the flagged figure's span (the k-th raw occurrence of the
// `flag` text) or starts there; only warning- and error-severity diagnostics count as findings.
// scripts/eval.ts calls scoreFindings(); run alone: node out/scripts/eval-findings.js [--dev PATH] [--verbose]
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AnalysisResult, AnalyzeOptions } from '../server/src/engine/types';
import { nthOccurrence } from './occurrence';

export interface GoldFinding {
  code: string;
  flag: string;
  occurrence: number;
  expected: number | null;
}

export interface FindingCase {
  id: string;
  text: string;
  findings: GoldFinding[];
}

export type AnalyzeFn = (text: string, options?: AnalyzeOptions) => AnalysisResult;


const pct = (n: number, d: number) => (d === 0 ? 'n/a' : (n / d).toFixed(3));

export interface FindingScore {
  lines: string[];
  details: string[];
}

/** Detailed scoring: summary lines plus one line per miss / false alarm / wrong code / wrong expected. */
export function scoreFindingsDetailed(cases: FindingCase[], analyzeFn: AnalyzeFn): FindingScore {
  let gold = 0;
  let found = 0;
  let reported = 0;
  let matched = 0;
  let rightCode = 0;
  let expectedOk = 0;
  let expectedTotal = 0;
  let consistent = 0;
  let falseAlarmCases = 0;
  let falseAlarms = 0;
  const perCode = new Map<string, { gold: number; hit: number; reported: number; correct: number }>();
  const bump = (code: string, key: 'gold' | 'hit' | 'reported' | 'correct') => {
    const c = perCode.get(code) ?? { gold: 0, hit: 0, reported: 0, correct: 0 };
    c[key]++;
    perCode.set(code, c);
  };
  const details: string[] = [];
  for (const c of cases) {
    const diags = analyzeFn(c.text, { locale: 'zh-cn' }).diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error');
    reported += diags.length;
    for (const d of diags) bump(d.code, 'reported');
    if (c.findings.length === 0) {
      consistent++;
      if (diags.length > 0) {
        falseAlarmCases++;
        falseAlarms += diags.length;
        for (const d of diags) details.push(`${c.id} FALSE ALARM ${d.code} "${c.text.slice(d.start, d.end)}": ${d.message}`);
      }
      continue;
    }
    const used = new Set<number>();
    for (const g of c.findings) {
      gold++;
      bump(g.code, 'gold');
      const at = nthOccurrence(c.text, g.flag, g.occurrence);
      const end = at + g.flag.length;
      const k = diags.findIndex((d, i) => !used.has(i) && at >= 0 && d.start === at && d.end <= end + 8 && d.end > at);
      if (k < 0) {
        details.push(`${c.id} MISSED ${g.code} "${g.flag}" expected ${g.expected}`);
        continue;
      }
      used.add(k);
      found++;
      const d = diags[k];
      bump(g.code, 'hit');
      if (d.code === g.code) {
        rightCode++;
        bump(g.code, 'correct');
      } else details.push(`${c.id} WRONG CODE "${g.flag}": ${d.code}, gold ${g.code}`);
      if (g.expected !== null) {
        expectedTotal++;
        const e = d.expected;
        if (e !== null && Math.abs(e - g.expected) <= 0.01 * Math.abs(g.expected)) expectedOk++;
        else details.push(`${c.id} EXPECTED "${g.flag}": ${e}, gold ${g.expected}`);
      }
    }
    diags.forEach((d, i) => {
      if (!used.has(i)) details.push(`${c.id} EXTRA ${d.code} "${c.text.slice(d.start, d.end)}": ${d.message}`);
    });
    matched += used.size;
  }
  const lines = [
    `findings: ${gold} gold, ${reported} reported (warning/error), ${found} matched by span`,
    `findings recall: ${pct(found, gold)}  precision: ${pct(matched, reported)}`,
    `findings right code: ${rightCode}/${found} (${pct(rightCode, found)})`,
    `findings expected within 1%: ${expectedOk}/${expectedTotal} (${pct(expectedOk, expectedTotal)})`,
    `false alarms on consistent passages: ${falseAlarms} in ${falseAlarmCases}/${consistent} passages`,
    ...[...perCode.entries()].sort().map(([code, s]) => `  ${code}: gold ${s.gold}, found ${s.hit}, right code ${s.correct}, reported ${s.reported}`),
  ];
  return { lines, details };
}

/** Lines to print in the eval report. */
export function scoreFindings(cases: FindingCase[], analyzeFn: AnalyzeFn): string[] {
  return scoreFindingsDetailed(cases, analyzeFn).lines;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const k = args.indexOf('--dev');
  const devPath = k >= 0 ? args[k + 1] : path.resolve(__dirname, '..', '..', '..', 'shared', 'eval', 'dev.json');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { analyze } = require('../server/src/engine') as { analyze: AnalyzeFn };
  const cases = (JSON.parse(fs.readFileSync(devPath, 'utf8')) as { cases: FindingCase[] }).cases;
  const score = scoreFindingsDetailed(cases, analyze);
  for (const l of score.lines) console.log(l);
  if (args.includes('--verbose')) for (const l of score.details) console.log(l);
}
