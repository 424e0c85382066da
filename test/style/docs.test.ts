// The doc pages are what users read to understand a finding: each style rule has one, and its examples are true.
// Same page layout as the other rules (test/rules/docs.test.ts reads it through analyze() once the style rules are
// wired): every line of a ```text block under "## Incorrect" is flagged, every line under "## Correct" is not; and
// each row of the "## Fixes" table is what the quick fix produces (or, for rules without a fix, both alternatives
// are accepted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { styleRules } from '../../server/src/engine/style';
import { runStyle, view } from './harness';

const repoRoot = path.join(__dirname, '..', '..', '..');

interface Page {
  incorrect: string[];
  correct: string[];
  fixes: Array<[string, string[]]>;
}

function readPage(markdown: string): Page {
  const page: Page = { incorrect: [], correct: [], fixes: [] };
  let section = '';
  let inBlock = false;
  for (const line of markdown.split('\n')) {
    if (!inBlock && line.startsWith('## ')) section = line.slice(3).trim();
    else if (line.startsWith('```')) inBlock = !inBlock;
    else if (inBlock && line.trim()) {
      if (section === 'Incorrect') page.incorrect.push(line.trim());
      if (section === 'Correct') page.correct.push(line.trim());
    } else if (section === 'Fixes' && line.startsWith('|') && !line.startsWith('| ---') && !line.startsWith('| Incorrect')) {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      page.fixes.push([cells[0], cells[1].split(' / ').map((c) => c.replace(/\s*\(.*\)$/, '').trim())]);
    }
  }
  return page;
}

for (const rule of styleRules) {
  const code = rule.meta.code;
  test(`docs/rules/${code}.md exists, cites its source and its examples hold`, () => {
    const file = path.join(repoRoot, rule.meta.docs);
    assert.ok(fs.existsSync(file), `${rule.meta.docs} missing`);
    const markdown = fs.readFileSync(file, 'utf8');
    assert.ok(markdown.startsWith(`# ${code}\n`));
    assert.match(markdown, /\*\*Source:\*\*/);
    const page = readPage(markdown);
    assert.ok(page.incorrect.length >= 3 && page.correct.length >= 3 && page.fixes.length >= 3, 'enough examples');
    for (const text of page.incorrect) assert.equal(runStyle(text, {}, code).length, 1, `flags ${text}`);
    for (const text of page.correct) assert.deepEqual(runStyle(text, {}, code).map((d) => view(text, d).flagged), [], `accepts ${text}`);
    for (const [incorrect, corrects] of page.fixes) {
      const found = runStyle(incorrect, {}, code);
      assert.equal(found.length, 1, `flags ${incorrect}`);
      const fixed = view(incorrect, found[0]).fixed;
      if (fixed !== null) assert.deepEqual([fixed], corrects, `fix of ${incorrect}`);
      for (const correct of corrects) assert.deepEqual(runStyle(correct, {}, code), [], `accepts ${correct}`);
    }
  });
}
