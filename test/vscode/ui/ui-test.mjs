// test/vscode/ui/ui-test.mjs - level 3: what a user sees in the real VS Code workbench (code-server,
// driven by playwright-core on headless Chromium). Three checks, each counted on its own:
//   hover     mouse over 2623.7萬 in report.txt: the hover widget shows 26,237,000
//   problems  mismatch.txt open: the Problems panel lists the percent-mismatch warning
//   quickfix  cursor on 153.0%, Ctrl+. (or the light bulb): choosing the fix makes the text 143.0%
// Screenshots hover.png, problems.png, quickfix.png go to --shots (default docs/images/, for the README).
//
// Usage: node test/vscode/ui/ui-test.mjs [--vsix FILE.vsix | --extension DIR] [--workspace DIR]
//                                         [--shots DIR] [--results FILE.json]
//   --vsix       install this package into the session (what users install)
//   --extension  load this folder as extensionDevelopmentPath instead (default: the repository)
//   --workspace  default: a fresh copy of test/vscode/fixtures/workspace
// Env: STATLENS_VSCODE_STEP_TIMEOUT_S (45 per check), KEEP_RUN=1.
// Exit code: 0 when every check passed, 1 otherwise.
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { Session, REPO_ROOT } from '../lib/session.mjs';
import { freshWorkspace } from '../lib/fixtures.mjs';

const { values: options } = parseArgs({ options: {
  vsix: { type: 'string' }, extension: { type: 'string' }, workspace: { type: 'string' },
  shots: { type: 'string' }, results: { type: 'string' } } });

/** What the checks look for; the fixture files hold exactly these figures. */
const HOVER_FILE = 'report.txt';
const HOVER_FIGURE = '2623.7萬';
const HOVER_NORMALIZED = '26,237,000';
const MISMATCH_FILE = 'mismatch.txt';
const MISMATCH_FIGURE = '153.0%';
const CORRECTED_FIGURE = '143.0%';
const RULE_CODE = 'percent-mismatch';
/** Every check is counted even when an earlier failure keeps it from running. */
const PLANNED_CHECKS = ['hover', 'problems', 'quickfix'];
const STEP_TIMEOUT_MS = 1000 * Number(process.env.STATLENS_VSCODE_STEP_TIMEOUT_S || 45);

/** Selectors that hold in VS Code 1.139's web workbench. */
const SELECTOR = {
  explorerRow: name => `.explorer-folders-view .monaco-list-row[aria-label="${name}"]`,
  editorLines: '.part.editor .monaco-editor .view-lines',
  hover: '.monaco-hover:visible',
  statusProblems: '[id="status.problems"]',
  problemRow: '.markers-panel .monaco-list-row',
  actionMenu: '.action-widget',
  actionItem: '.action-widget .monaco-list-row',
  lightBulb: '.lightBulbWidget',
};

const shotsDir = path.resolve(options.shots || path.join(REPO_ROOT, 'docs/images'));
fs.mkdirSync(shotsDir, { recursive: true });
const workspace = options.workspace ? path.resolve(options.workspace) : freshWorkspace();
const checks = [];
const session = await Session.create('ui');
let page;

/** Editor text with Monaco's non-breaking spaces turned back into spaces. */
const editorText = () => page.evaluate(selector => [...document.querySelectorAll(selector)]
  .map(view => view.textContent.replace(/\u00a0/g, ' ')).join('\n'), SELECTOR.editorLines);

/** Centre of the first rendered occurrence of `text` in the editor; spans may split it. */
const locateInEditor = text => page.evaluate(([text, selector]) => {
  for (const line of document.querySelectorAll(`${selector} .view-line`)) {
    const nodes = [];
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) nodes.push(node);
    const all = nodes.map(node => node.data).join('').replace(/\u00a0/g, ' ');
    const index = all.indexOf(text);
    if (index < 0) continue;
    const at = offset => {
      for (const node of nodes) { if (offset <= node.data.length) return [node, offset]; offset -= node.data.length; }
      return [nodes[nodes.length - 1], nodes[nodes.length - 1].data.length];
    };
    const range = document.createRange();
    range.setStart(...at(index));
    range.setEnd(...at(index + text.length));
    const box = range.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  return null;
}, [text, SELECTOR.editorLines]);

async function openFile(name, expectedText) {
  await page.locator(SELECTOR.explorerRow(name)).click();
  await page.waitForFunction(([selector, text]) => [...document.querySelectorAll(selector)]
    .some(view => view.textContent.replace(/\u00a0/g, ' ').includes(text)), [SELECTOR.editorLines, expectedText]);
}

async function check(name, body) {
  const started = Date.now();
  try {
    const detail = await body();
    checks.push({ name, ok: true, detail, ms: Date.now() - started });
    console.log(`  ✔ ${name}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    checks.push({ name, ok: false, detail: error.message.split('\n')[0], ms: Date.now() - started });
    console.log(`  ✘ ${name}: ${error.message.split('\n')[0]}`);
    await page?.screenshot({ path: `${session.dir}/failure-${name}.png` }).catch(() => {});
  } finally {
    // Leave the workbench calm for the next check: no hover, no open menu.
    await page?.keyboard.press('Escape').catch(() => {});
  }
}

try {
  const serverArgs = [];
  let developmentPaths = [];
  if (options.vsix) {
    session.installVsix(options.vsix);
  } else {
    // The development path arrives through the URL payload, which needs the smoke-test driver.
    serverArgs.push('--vscode-option', 'enable-smoke-test-driver');
    developmentPaths = [path.resolve(options.extension || REPO_ROOT)];
  }
  await session.startServer(workspace, serverArgs);
  page = await session.openBrowser();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  await page.goto(session.workbenchUrl(workspace, { developmentPaths }));
  await page.locator(SELECTOR.explorerRow(HOVER_FILE)).waitFor({ timeout: 60_000 });
  console.log(`UI checks (${options.vsix ? `installed ${path.basename(options.vsix)}` : 'extension development path'}):`);

  await check('hover', async () => {
    await openFile(HOVER_FILE, HOVER_FIGURE);
    const hover = page.locator(SELECTOR.hover, { hasText: HOVER_NORMALIZED }).first();
    // Re-hover until the text shows: the language server may still be starting.
    for (const deadline = Date.now() + STEP_TIMEOUT_MS; ;) {
      const point = await locateInEditor(HOVER_FIGURE);
      if (!point) throw new Error(`${HOVER_FIGURE} is not rendered in the editor`);
      await page.mouse.move(point.x, point.y + 200);
      await page.mouse.move(point.x, point.y, { steps: 5 });
      try { await hover.waitFor({ timeout: 3000 }); break; } catch {
        if (Date.now() > deadline) {
          const shown = await page.locator(SELECTOR.hover).allInnerTexts().catch(() => []);
          throw new Error(`no hover containing ${HOVER_NORMALIZED} (hovers shown: ${JSON.stringify(shown)})`);
        }
      }
    }
    await page.screenshot({ path: path.join(shotsDir, 'hover.png'), animations: 'disabled' });
    return JSON.stringify((await hover.innerText()).trim().replace(/\s+/g, ' '));
  });

  await check('problems', async () => {
    await page.mouse.move(5, 450);
    await openFile(MISMATCH_FILE, MISMATCH_FIGURE);
    await page.locator(SELECTOR.statusProblems).click();   // toggles the Problems panel
    const row = page.locator(SELECTOR.problemRow, { hasText: RULE_CODE }).first();
    try { await row.waitFor(); } catch {
      const rows = await page.locator(SELECTOR.problemRow).allInnerTexts().catch(() => []);
      throw new Error(`no Problems row mentioning ${RULE_CODE} (rows: ${JSON.stringify(rows)})`);
    }
    await page.screenshot({ path: path.join(shotsDir, 'problems.png'), animations: 'disabled' });
    return JSON.stringify((await row.innerText()).trim().replace(/\s+/g, ' '));
  });

  await check('quickfix', async () => {
    const point = await locateInEditor(MISMATCH_FIGURE);
    if (!point) throw new Error(`${MISMATCH_FIGURE} is not rendered in the editor`);
    await page.mouse.click(point.x, point.y);
    await page.mouse.move(5, 450);   // no hover over the menu in the screenshot
    await page.keyboard.press('Control+.');
    const menu = page.locator(SELECTOR.actionMenu).first();
    let openedBy = 'Ctrl+.';
    try { await menu.waitFor({ timeout: 5000 }); } catch {
      // Ctrl+. did not reach the editor: the light bulb in the gutter opens the same menu.
      openedBy = 'light bulb';
      await page.locator(SELECTOR.lightBulb).first().click();
      await menu.waitFor();
    }
    const items = page.locator(SELECTOR.actionItem);
    await items.first().waitFor();
    const titles = (await items.allInnerTexts()).map(title => title.trim()).filter(Boolean);
    // Taken with the menu open, kept only when the fix then does what it says.
    const menuShot = path.join(session.dir, 'quickfix.png');
    await page.screenshot({ path: menuShot, animations: 'disabled' });
    const fix = page.locator(SELECTOR.actionItem, { hasText: CORRECTED_FIGURE }).first();
    if (await fix.count()) await fix.click(); else await page.keyboard.press('Enter');
    try {
      await page.waitForFunction(([selector, corrected, wrong]) => {
        const text = [...document.querySelectorAll(selector)].map(v => v.textContent.replace(/\u00a0/g, ' ')).join('\n');
        return text.includes(corrected) && !text.includes(wrong);
      }, [SELECTOR.editorLines, CORRECTED_FIGURE, MISMATCH_FIGURE], { timeout: 10_000 });
    } catch {
      throw new Error(`after choosing a fix from ${JSON.stringify(titles)} the line reads ${JSON.stringify((await editorText()).trim())}`);
    }
    fs.copyFileSync(menuShot, path.join(shotsDir, 'quickfix.png'));
    return `menu (${openedBy}) ${JSON.stringify(titles)}; line now ${JSON.stringify((await editorText()).trim())}`;
  });
} catch (error) {
  console.log(`  ✘ workbench: ${error.message.split('\n')[0]}`);
  await page?.screenshot({ path: `${session.dir}/failure-workbench.png` }).catch(() => {});
  for (const name of PLANNED_CHECKS.filter(name => !checks.some(c => c.name === name))) {
    checks.push({ name, ok: false, detail: `not run: ${error.message.split('\n')[0]}` });
  }
} finally {
  const passed = checks.length > 0 && checks.every(c => c.ok);
  await session.stop({ passed });
  if (!passed) console.log(`UI test: run folder kept: ${session.dir}`);
  if (!options.workspace) fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  const summary = { passed: checks.filter(c => c.ok).length, failed: checks.filter(c => !c.ok).length, checks };
  if (options.results) fs.writeFileSync(options.results, JSON.stringify(summary, null, 2));
  console.log(`UI test: ${summary.passed} passed, ${summary.failed} failed; screenshots in ${shotsDir}`);
  process.exit(passed ? 0 : 1);
}
