// Whole-text checks: the seed article (consistent) gets no warning; the dev set meets the targets.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';
import { scoreFindingsDetailed, type FindingCase } from '../../scripts/eval-findings';

const shared = path.resolve(__dirname, '..', '..', '..', '..', 'shared');

test('seed articles get zero warnings (37.17萬 ÷ 26萬 = 143.0%)', { skip: !fs.existsSync(path.join(shared, 'seeds')) }, () => {
  for (const name of fs.readdirSync(path.join(shared, 'seeds')).filter((n) => n.endsWith('.txt'))) {
    const text = fs.readFileSync(path.join(shared, 'seeds', name), 'utf8');
    const result = analyze(text);
    assert.ok(result.quantities.length > 10, 'the seed is scanned');
    assert.deepEqual(result.diagnostics.map((d) => `${d.code} ${text.slice(d.start, d.end)}`), [], name);
  }
});

test('dev set: recall ≥ 0.95, precision ≥ 0.97, no false alarm', { skip: !fs.existsSync(path.join(shared, 'eval', 'dev.json')) }, () => {
  const cases = (JSON.parse(fs.readFileSync(path.join(shared, 'eval', 'dev.json'), 'utf8')) as { cases: FindingCase[] }).cases;
  const { lines, details } = scoreFindingsDetailed(cases, analyze);
  const figure = (re: RegExp) => Number((lines.join('\n').match(re) ?? [])[1]);
  assert.ok(figure(/recall: ([\d.]+)/) >= 0.95, lines.concat(details).join('\n'));
  assert.ok(figure(/precision: ([\d.]+)/) >= 0.97, lines.concat(details).join('\n'));
  assert.match(lines.join('\n'), /false alarms on consistent passages: 0 in/, details.join('\n'));
});

// The probe sets in eval/probes (eval/probes/README.md): passages written to find failures on unseen text, kept as
// a regression set once their failures were fixed. Each target is the set's recall as it stands (30 Nov 2026): a planted
// finding lost anywhere fails the test.
const probes = path.resolve(__dirname, '..', '..', '..', 'eval', 'probes');
const PROBE_TARGETS: Record<string, { falseAlarms: number; recall: number }> = {
  'round1.json': { falseAlarms: 0, recall: 1 },
  'round2.json': { falseAlarms: 0, recall: 1 },
  'round3.json': { falseAlarms: 0, recall: 1 },
  'round4.json': { falseAlarms: 0, recall: 1 },
  'round5.json': { falseAlarms: 0, recall: 1 },
  'round6.json': { falseAlarms: 0, recall: 1 },
  'round7.json': { falseAlarms: 0, recall: 1 },
  'round8.json': { falseAlarms: 0, recall: 1 },
  'round9.json': { falseAlarms: 0, recall: 1 },
  'round10.json': { falseAlarms: 0, recall: 1 },
  'round11.json': { falseAlarms: 0, recall: 1 },
  'round12.json': { falseAlarms: 0, recall: 1 },
  'round13.json': { falseAlarms: 0, recall: 1 },
  'round14.json': { falseAlarms: 0, recall: 1 },
  'round15.json': { falseAlarms: 0, recall: 1 },
  'round16.json': { falseAlarms: 0, recall: 1 },
  'round17.json': { falseAlarms: 0, recall: 1 },
  'round18.json': { falseAlarms: 0, recall: 1 },
  'round19.json': { falseAlarms: 0, recall: 1 },
  'round20.json': { falseAlarms: 0, recall: 1 },
  'round21.json': { falseAlarms: 0, recall: 1 },
  'round22.json': { falseAlarms: 0, recall: 1 },
  'round23.json': { falseAlarms: 0, recall: 1 },
  'round24.json': { falseAlarms: 0, recall: 1 },
  'round25.json': { falseAlarms: 0, recall: 1 },
  'round26.json': { falseAlarms: 0, recall: 1 },
  'round27.json': { falseAlarms: 0, recall: 1 },
  'round28.json': { falseAlarms: 0, recall: 1 },
  'round29.json': { falseAlarms: 0, recall: 0.968 },
  'round30.json': { falseAlarms: 0, recall: 1 },
  'round31.json': { falseAlarms: 0, recall: 0.968 },
  'round32.json': { falseAlarms: 0, recall: 1 },
  'round33.json': { falseAlarms: 0, recall: 1 },
  'round34.json': { falseAlarms: 0, recall: 1 },
  'round35.json': { falseAlarms: 0, recall: 1 },
  'round36.json': { falseAlarms: 0, recall: 1 },
  'round37.json': { falseAlarms: 0, recall: 1 },
  'round38.json': { falseAlarms: 0, recall: 1 },
  // p39-07: the total and a part are both a neighbour swap away from agreeing; the engine flags the part, the label the total
  'round39.json': { falseAlarms: 0, recall: 0.75 },
  'round40.json': { falseAlarms: 0, recall: 1 },
  'round41.json': { falseAlarms: 0, recall: 1 },
  'round42.json': { falseAlarms: 0, recall: 1 },
  'round43.json': { falseAlarms: 0, recall: 1 },
  'round44.json': { falseAlarms: 0, recall: 1 },
  'round45.json': { falseAlarms: 0, recall: 0.966 },
  'round46.json': { falseAlarms: 0, recall: 1 },
  'round47.json': { falseAlarms: 0, recall: 1 },
  'round48.json': { falseAlarms: 0, recall: 1 },
  'round49.json': { falseAlarms: 0, recall: 1 },
  // p50-47: a 分别为 list after 其中 that falls short of its total, read like any 其中 list
  'round50.json': { falseAlarms: 0, recall: 1 },
  'round51.json': { falseAlarms: 0, recall: 1 },
  'round52.json': { falseAlarms: 0, recall: 1 },
  'round53.json': { falseAlarms: 0, recall: 1 },
  'round54.json': { falseAlarms: 0, recall: 1 },
  'round55.json': { falseAlarms: 0, recall: 1 },
  'round56.json': { falseAlarms: 0, recall: 1 },
  'round57.json': { falseAlarms: 0, recall: 1 },
  'round58.json': { falseAlarms: 0, recall: 1 },
  'round59.json': { falseAlarms: 0, recall: 1 },
  'round60.json': { falseAlarms: 0, recall: 1 },
  'round61.json': { falseAlarms: 0, recall: 1 },
  'round62.json': { falseAlarms: 0, recall: 1 },
  'round63.json': { falseAlarms: 0, recall: 1 },
  'round64.json': { falseAlarms: 0, recall: 1 },
  'round65.json': { falseAlarms: 0, recall: 1 },
  'round66.json': { falseAlarms: 0, recall: 1 },
  'round67.json': { falseAlarms: 0, recall: 1 },
  'round68.json': { falseAlarms: 0, recall: 1 },
  'round69.json': { falseAlarms: 0, recall: 1 },
  'round70.json': { falseAlarms: 0, recall: 1 },
  'round71.json': { falseAlarms: 0, recall: 1 },
  'round72.json': { falseAlarms: 0, recall: 1 },
  'round73.json': { falseAlarms: 0, recall: 1 },
  'round74.json': { falseAlarms: 0, recall: 1 },
  'round75.json': { falseAlarms: 0, recall: 1 },
  'round76.json': { falseAlarms: 0, recall: 1 },
  'round77.json': { falseAlarms: 0, recall: 1 },
  'round78.json': { falseAlarms: 0, recall: 1 },
  'round79.json': { falseAlarms: 0, recall: 1 },
  'round80.json': { falseAlarms: 0, recall: 1 },
  'round81.json': { falseAlarms: 0, recall: 1 },
  'round82.json': { falseAlarms: 0, recall: 1 },
  'round83.json': { falseAlarms: 0, recall: 1 },
  'round84.json': { falseAlarms: 0, recall: 1 },
  'round85.json': { falseAlarms: 0, recall: 1 },
  'round86.json': { falseAlarms: 0, recall: 1 },
  'round87.json': { falseAlarms: 0, recall: 1 },
  // p88-38: a total named after a 分别为 list of 农业、工业和服务业 (not quite the three industries), left unread
  'round88.json': { falseAlarms: 0, recall: 0.966 },
  'round89.json': { falseAlarms: 0, recall: 1 },
  // p90-01, p90-28: left (see eval/probes/README.md)
  'round90.json': { falseAlarms: 0, recall: 0.968 },
  'round91.json': { falseAlarms: 0, recall: 1 },
  'round92.json': { falseAlarms: 0, recall: 1 },
  'round93.json': { falseAlarms: 0, recall: 1 },
  'round94.json': { falseAlarms: 0, recall: 1 },
  'round95.json': { falseAlarms: 0, recall: 1 },
  'round96.json': { falseAlarms: 0, recall: 1 },
  'round97.json': { falseAlarms: 0, recall: 1 },
  // r98-02, r98-05, r98-06, r98-41, r98-53: left (see eval/probes/README.md)
  'round98.json': { falseAlarms: 0, recall: 0.937 },
  'round99.json': { falseAlarms: 0, recall: 1 },
  'round100.json': { falseAlarms: 0, recall: 1 },
  'round101.json': { falseAlarms: 0, recall: 1 },
  'round102.json': { falseAlarms: 0, recall: 1 },
  'round103.json': { falseAlarms: 0, recall: 1 },
  'round104.json': { falseAlarms: 0, recall: 0.9 },
  'round105.json': { falseAlarms: 0, recall: 1 },
  // r106-24: a scope named with an aside (县（市、区）中): left
  'round106.json': { falseAlarms: 0, recall: 1 },
  'round107.json': { falseAlarms: 0, recall: 1 },
  'round108.json': { falseAlarms: 0, recall: 1 },
  'round109.json': { falseAlarms: 0, recall: 1 },
  'round110.json': { falseAlarms: 0, recall: 1 },
  'round111.json': { falseAlarms: 0, recall: 1 },
  'round112.json': { falseAlarms: 0, recall: 1 },
  'round113.json': { falseAlarms: 0, recall: 1 },
  'round114.json': { falseAlarms: 0, recall: 1 },
  // r115-07, -56: a rate before its figures, a base in the next sentence named by its year: left
  'round115.json': { falseAlarms: 0, recall: 0.966 },
  'round116.json': { falseAlarms: 0, recall: 1 },
  // r117-34 (岗位安置率 of people over posts): left
  'round117.json': { falseAlarms: 0, recall: 1 },
  // all consistent: only its false alarms are counted
  'round118.json': { falseAlarms: 0, recall: 0 },
  'round119.json': { falseAlarms: 0, recall: 1 },
  'round120.json': { falseAlarms: 0, recall: 1 },
  'round121.json': { falseAlarms: 0, recall: 1 },
  'round122.json': { falseAlarms: 0, recall: 1 },
  'round123.json': { falseAlarms: 0, recall: 1 },
  // relations with their figures placed in every order on purpose
  'round124.json': { falseAlarms: 0, recall: 1 },
  'round125.json': { falseAlarms: 0, recall: 1 },
  'round126.json': { falseAlarms: 0, recall: 1 },
  'round127.json': { falseAlarms: 0, recall: 1 },
  // r128-20 (岗位安置率 of people over posts, as r117-34): left
  'round128.json': { falseAlarms: 0, recall: 1 },
  'round129.json': { falseAlarms: 0, recall: 1 },
  'round130.json': { falseAlarms: 0, recall: 1 },
  'round131.json': { falseAlarms: 0, recall: 1 },
  'round132.json': { falseAlarms: 0, recall: 1 },
  'round133.json': { falseAlarms: 0, recall: 1 },
  'round134.json': { falseAlarms: 0, recall: 1 },
  // r135-33 (a total a sentence before 分别销售): left
  'round135.json': { falseAlarms: 0, recall: 0.75 },
  // r136-48, r136-50: left
  'round136.json': { falseAlarms: 0, recall: 1 },
  'round137.json': { falseAlarms: 0, recall: 1 },
  'round138.json': { falseAlarms: 0, recall: 1 },
  // r139-07: left
  'round139.json': { falseAlarms: 0, recall: 1 },
  // r140-15 (two 其中 parts at 85% of their total, a transposed 6300 written 3600): left
  'round140.json': { falseAlarms: 0, recall: 1 },
  'round141.json': { falseAlarms: 0, recall: 1 },
  'round142.json': { falseAlarms: 0, recall: 1 },
  'round143.json': { falseAlarms: 0, recall: 1 },
  // r144-08 (a 健康管理率 whose population is named after an age threshold): left
  'round144.json': { falseAlarms: 0, recall: 0.968 },
  // r145-33 (earnings per share over the year-end share count, a label its writer doubts): left
  'round145.json': { falseAlarms: 0, recall: 0.96 },
  // r146-15: the total flagged by its writer, a part by the engine (1,890 for 1,980 is a transposition too): left
  'round146.json': { falseAlarms: 0, recall: 0.968 },
  'round147.json': { falseAlarms: 0, recall: 1 },
  // r148-19: the total flagged by its writer, a part by the engine (612.8 for 621.8 is a transposition too): left
  'round148.json': { falseAlarms: 0, recall: 0.968 },
  'round149.json': { falseAlarms: 0, recall: 1 },
  // r150-49: the total flagged by its writer, a transposed part by the engine (6630 for 6360): left
  'round150.json': { falseAlarms: 0, recall: 0.833 },
  'round151.json': { falseAlarms: 0, recall: 1 },
  'round152.json': { falseAlarms: 0, recall: 1 },
  // r153-17 (a transposed part of a list counted as 三个方面), r153-46 (平均每名成员): left
  'round153.json': { falseAlarms: 0, recall: 1 },
  // r154-45 (a share of a scope named after a semicolon), r154-46: left
  'round154.json': { falseAlarms: 0, recall: 1 },
  'round155.json': { falseAlarms: 0, recall: 1 },
  'round156.json': { falseAlarms: 0, recall: 1 },
  'round157.json': { falseAlarms: 0, recall: 1 },
  'round158.json': { falseAlarms: 0, recall: 1 },
  'round159.json': { falseAlarms: 0, recall: 1 },
  'round160.json': { falseAlarms: 0, recall: 0.666 },
  'round161.json': { falseAlarms: 0, recall: 1 },
  'round162.json': { falseAlarms: 0, recall: 1 },
  'round163.json': { falseAlarms: 0, recall: 1 },
  'round164.json': { falseAlarms: 0, recall: 1 },
  'round165.json': { falseAlarms: 0, recall: 1 },
  'round166.json': { falseAlarms: 1, recall: 1 },
  'round167.json': { falseAlarms: 0, recall: 1 },
  'round168.json': { falseAlarms: 0, recall: 0.875 },
  'round169.json': { falseAlarms: 0, recall: 1 },
  'round170.json': { falseAlarms: 0, recall: 0.968 },
  'round171.json': { falseAlarms: 0, recall: 1 },
  'round172.json': { falseAlarms: 0, recall: 1 },
  'round173.json': { falseAlarms: 0, recall: 1 },
  'round174.json': { falseAlarms: 0, recall: 1 },
  'round175.json': { falseAlarms: 0, recall: 1 },
  'round176.json': { falseAlarms: 0, recall: 1 },
  'round177.json': { falseAlarms: 0, recall: 1 },
  'round178.json': { falseAlarms: 0, recall: 1 },
  'round179.json': { falseAlarms: 0, recall: 1 },
  'round180.json': { falseAlarms: 0, recall: 1 },
  'round181.json': { falseAlarms: 0, recall: 1 },
  'round182.json': { falseAlarms: 0, recall: 1 },
  'round183.json': { falseAlarms: 0, recall: 1 },
  'round184.json': { falseAlarms: 0, recall: 1 },
  'round185.json': { falseAlarms: 0, recall: 0.968 },
  'round186.json': { falseAlarms: 0, recall: 1 },
  'round188.json': { falseAlarms: 0, recall: 0.968 },
  'round189.json': { falseAlarms: 0, recall: 1 },
  'round187.json': { falseAlarms: 0, recall: 1 },
  'round190.json': { falseAlarms: 0, recall: 1 },
  'round191.json': { falseAlarms: 0, recall: 1 },
  'round192.json': { falseAlarms: 0, recall: 1 },
  'round193.json': { falseAlarms: 0, recall: 1 },
  'round194.json': { falseAlarms: 0, recall: 1 },
  'round195.json': { falseAlarms: 0, recall: 1 },
  'round196.json': { falseAlarms: 0, recall: 0.75 },
  'round197.json': { falseAlarms: 0, recall: 0.968 },
  'round198.json': { falseAlarms: 0, recall: 0.937 },
  'round199.json': { falseAlarms: 0, recall: 1 },
  'round200.json': { falseAlarms: 0, recall: 1 },
  'round201.json': { falseAlarms: 0, recall: 0.906 },
  'round202.json': { falseAlarms: 0, recall: 0.968 },
  'round203.json': { falseAlarms: 0, recall: 0.968 },
  'round204.json': { falseAlarms: 0, recall: 1 },
  'round205.json': { falseAlarms: 0, recall: 1 },
  'round206.json': { falseAlarms: 0, recall: 1 },
  'round207.json': { falseAlarms: 0, recall: 0.968 },
  'round208.json': { falseAlarms: 0, recall: 1 },
  'round209.json': { falseAlarms: 0, recall: 1 },
  'round210.json': { falseAlarms: 0, recall: 1 },
  'round211.json': { falseAlarms: 0, recall: 1 },
  'round212.json': { falseAlarms: 0, recall: 1 },
  'round213.json': { falseAlarms: 0, recall: 1 },
  'round214.json': { falseAlarms: 0, recall: 1 },
  'round215.json': { falseAlarms: 0, recall: 1 },
  'round216.json': { falseAlarms: 0, recall: 1 },
  'round217.json': { falseAlarms: 0, recall: 1 },
  'round218.json': { falseAlarms: 0, recall: 1 },
  'round219.json': { falseAlarms: 0, recall: 1 },
  'round220.json': { falseAlarms: 0, recall: 1 },
  'round221.json': { falseAlarms: 0, recall: 1 },
  'round222.json': { falseAlarms: 0, recall: 1 },
  'round223.json': { falseAlarms: 0, recall: 1 },
  'round224.json': { falseAlarms: 0, recall: 1 },
  'round225.json': { falseAlarms: 0, recall: 0.966 },
  'round226.json': { falseAlarms: 0, recall: 0.966 },
  'round227.json': { falseAlarms: 0, recall: 1 },
  'round228.json': { falseAlarms: 0, recall: 1 },
  'round229.json': { falseAlarms: 0, recall: 0.933 },
  'round230.json': { falseAlarms: 0, recall: 0.966 },
  'round231.json': { falseAlarms: 0, recall: 0.9 },
  'round232.json': { falseAlarms: 0, recall: 0.75 },
  'round234.json': { falseAlarms: 0, recall: 1 },
  'round236.json': { falseAlarms: 0, recall: 1 },
  'round237.json': { falseAlarms: 0, recall: 1 },
  'round240.json': { falseAlarms: 0, recall: 0.75 },
  'round243.json': { falseAlarms: 0, recall: 1 },
  'round244.json': { falseAlarms: 0, recall: 1 },
  'round245.json': { falseAlarms: 1, recall: 1 },
  'round246.json': { falseAlarms: 0, recall: 1 },
  'round247.json': { falseAlarms: 0, recall: 1 },
  'round248.json': { falseAlarms: 0, recall: 1 },
  'round249.json': { falseAlarms: 0, recall: 1 },
  'round250.json': { falseAlarms: 0, recall: 1 },
  'round251.json': { falseAlarms: 0, recall: 0.75 },
  'round252.json': { falseAlarms: 0, recall: 1 },
  'round253.json': { falseAlarms: 0, recall: 1 },
  'round254.json': { falseAlarms: 0, recall: 1 },
  'round255.json': { falseAlarms: 0, recall: 0.96 },
  'round256.json': { falseAlarms: 0, recall: 1 },
  'round257.json': { falseAlarms: 0, recall: 1 },
  'round258.json': { falseAlarms: 0, recall: 0.83 },
  'round259.json': { falseAlarms: 0, recall: 1 },
  'round260.json': { falseAlarms: 0, recall: 0.8 },
  'round261.json': { falseAlarms: 0, recall: 1 },
  'round262.json': { falseAlarms: 0, recall: 1 },
  'round263.json': { falseAlarms: 0, recall: 1 },
  'round264.json': { falseAlarms: 0, recall: 1 },
  'round265.json': { falseAlarms: 0, recall: 1 },
  'round266.json': { falseAlarms: 0, recall: 1 },
  'round267.json': { falseAlarms: 0, recall: 1 },
  'round268.json': { falseAlarms: 0, recall: 1 },
  'round269.json': { falseAlarms: 0, recall: 1 },
  'round270.json': { falseAlarms: 0, recall: 1 },
  'round271.json': { falseAlarms: 0, recall: 1 },
  'round272.json': { falseAlarms: 0, recall: 1 },
  'round273.json': { falseAlarms: 0, recall: 0.96 },
  'round274.json': { falseAlarms: 0, recall: 0.93 },
  'round275.json': { falseAlarms: 0, recall: 1 },
  'round276.json': { falseAlarms: 0, recall: 0.25 },
  'round277.json': { falseAlarms: 0, recall: 0.96 },
  'round278.json': { falseAlarms: 0, recall: 0.96 },
  'round233.json': { falseAlarms: 0, recall: 0.933 },
  'round235.json': { falseAlarms: 0, recall: 1 },
  // built from failures; two passages follow the dev set's d005 convention on purpose (see the README)
  'round2-adversarial.json': { falseAlarms: 0, recall: 1 },
  'round3-adversarial.json': { falseAlarms: 0, recall: 1 },
};
for (const [name, target] of Object.entries(PROBE_TARGETS)) {
  test(`probe set ${name}: at most ${target.falseAlarms} false alarms, findings recall ≥ ${target.recall}`, () => {
    const cases = (JSON.parse(fs.readFileSync(path.join(probes, name), 'utf8')) as { cases: FindingCase[] }).cases;
    const { lines, details } = scoreFindingsDetailed(cases, analyze);
    const text = lines.join('\n');
    const falseAlarms = Number((text.match(/false alarms on consistent passages: (\d+) in/) ?? [])[1]);
    const recall = Number((text.match(/recall: ([\d.]+)/) ?? [])[1]);
    assert.ok(falseAlarms <= target.falseAlarms, lines.concat(details).join('\n'));
    // (a set with no planted finding has no recall)
    assert.ok(target.recall === 0 || recall >= target.recall, lines.concat(details).join('\n'));
  });
}
