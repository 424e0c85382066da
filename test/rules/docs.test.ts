// The examples in docs/rules/<code>.md hold: every "Incorrect" block gets a finding of that code, every "Correct"
// block gets no warning (for rounding-only: "Noted (when enabled)" / "Not noted" with the rule turned on).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';
import { rules } from '../../server/src/engine/rules';

const root = path.resolve(__dirname, '..', '..', '..');

function blocks(markdown: string): { section: string; text: string }[] {
  const out: { section: string; text: string }[] = [];
  let section = '';
  let inBlock = false;
  let lines: string[] = [];
  for (const line of markdown.split('\n')) {
    if (!inBlock && line.startsWith('## ')) section = line.slice(3).trim();
    else if (line.startsWith('```')) {
      if (inBlock) for (const l of lines) if (l.trim()) out.push({ section, text: l.trim() });
      inBlock = !inBlock;
      lines = [];
    } else if (inBlock) lines.push(line);
  }
  return out;
}

for (const rule of rules) {
  const file = path.join(root, rule.meta.docs);
  test(`docs page of ${rule.meta.code} exists and its examples hold`, () => {
    assert.ok(fs.existsSync(file), file);
    const examples = blocks(fs.readFileSync(file, 'utf8'));
    assert.ok(examples.some((e) => /^(Incorrect|Noted)/.test(e.section)), 'has flagged examples');
    assert.ok(examples.some((e) => /^(Correct|Not noted)/.test(e.section)), 'has correct examples');
    const options = { rules: { [rule.meta.code]: rule.meta.defaultOff ? 'information' as const : rule.meta.defaultSeverity } };
    for (const { section, text } of examples) {
      const diags = analyze(text, options).diagnostics;
      if (/^(Incorrect|Noted)/.test(section)) {
        assert.ok(diags.some((d) => d.code === rule.meta.code), `${section}: ${text}\n${JSON.stringify(diags.map((d) => d.code))}`);
      } else if (/^(Correct|Not noted)/.test(section)) {
        const bad = diags.filter((d) => d.severity === 'warning' || d.severity === 'error' || d.code === rule.meta.code);
        assert.deepEqual(bad.map((d) => `${d.code} ${text.slice(d.start, d.end)}`), [], `${section}: ${text}`);
      }
    }
  });
}
