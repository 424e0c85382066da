// StatLens in a real VS Code extension host (level 2). Everything here goes through the public VS Code
// API, the way the editor itself asks the extension: hover provider, diagnostics, code actions, settings.
// The workspace is a fresh copy of test/vscode/fixtures/workspace, so edits and settings never leak.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type * as VSCode from 'vscode';
import { describe, it, before, after } from 'mocha';

// The editor API exists only inside the extension host. `node --test out/test/` also loads every .js
// file under out/test/ (Node 20 treats all of them as tests), and there this file must define nothing
// and fail nothing.
let vscode!: typeof VSCode;
try {
  vscode = require('vscode');
} catch {
  // not in VS Code: see above
}

/** The planted contradiction: 37.17 / 26 = 143.0 %, not 153.0 %. */
const MISMATCH_FIGURE = '153.0%';
const CORRECTED_FIGURE = '143.0%';
const PERCENT_MISMATCH = 'percent-mismatch';
/** 2623.7萬 (traditional 萬 = 10,000) shown grouped, as the hover writes it. */
const HOVER_FIGURE = '2623.7萬';
const HOVER_NORMALIZED = '26,237,000';
/** A file with another planted contradiction (1200 / 1000 = 120.0 %) that no test opens. */
const UNOPENED_FILE = 'unopened-report.txt';
const UNOPENED_FIGURE = '130.0%';
const CONTRIBUTED_COMMANDS = ['statlens.listQuantities', 'statlens.exportQuantitiesCsv',
  'statlens.checkWorkspace', 'statlens.restartServer'];
/** The server's "turn rule off" command (server/src/lsp/protocol.ts); the client persists it in settings. */
const DISABLE_RULE_COMMAND = 'statlens.disableRule';
/** Code actions to resolve (codeAction/resolve), as the light bulb menu would before applying one. */
const RESOLVE_ACTIONS = 10;
/** The language server may still be starting: poll up to this long for what a user would wait for. */
const SERVER_WAIT_MS = 30_000;

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8'));
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = SERVER_WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

function workspaceFile(name: string): VSCode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function openFixture(name: string): Promise<VSCode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

/** Position inside the first occurrence of `text` (one character in, so hovers land on it). */
function positionInside(document: VSCode.TextDocument, text: string): VSCode.Position {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `fixture contains ${text}`);
  return document.positionAt(offset + 1);
}

function codeOf(diagnostic: VSCode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

function diagnosticsWithCode(uri: VSCode.Uri, code: string): VSCode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => codeOf(d) === code);
}

function hoverText(hovers: VSCode.Hover[]): string {
  return hovers.flatMap(hover => hover.contents)
    .map(part => typeof part === 'string' ? part : part.value)
    .join('\n');
}

/** Hovers `figure` in fixture `file` until the hover shows `expected` (the server may still be starting). */
async function waitForHover(file: string, figure: string, expected: string): Promise<void> {
  const editor = await openFixture(file);
  const position = positionInside(editor.document, figure);
  let lastSeen = '';
  await waitFor(`a hover over ${figure} containing ${expected}`, async () => {
    const hovers = await vscode.commands.executeCommand<VSCode.Hover[]>(
      'vscode.executeHoverProvider', editor.document.uri, position);
    lastSeen = hoverText(hovers ?? []);
    return lastSeen.includes(expected) ? true : undefined;
  }).catch((error: Error) => { throw new Error(`${error.message}; last hover: ${JSON.stringify(lastSeen)}`); });
}

/** The command a code action runs, whether the provider returned a CodeAction or a bare Command. */
function commandOf(action: VSCode.CodeAction | VSCode.Command): VSCode.Command | undefined {
  if (typeof action.command === 'string') return action as VSCode.Command;
  return action.command;
}

/** Sets statlens.rules.<code> in user settings; undefined removes it. Accepts either manifest shape:
 *  one setting per rule (`statlens.rules.percent-mismatch`) or one object setting (`statlens.rules`). */
async function setRule(code: string, value: string | undefined): Promise<void> {
  const config = vscode.workspace.getConfiguration('statlens');
  try {
    await config.update(`rules.${code}`, value, vscode.ConfigurationTarget.Global);
  } catch (perRuleError) {
    const rules = { ...(config.get<Record<string, string>>('rules') ?? {}) };
    if (value === undefined) delete rules[code]; else rules[code] = value;
    try {
      await config.update('rules', Object.keys(rules).length ? rules : undefined, vscode.ConfigurationTarget.Global);
    } catch {
      throw perRuleError;
    }
  }
}

if (vscode) describe('StatLens in VS Code', () => {
  before(async () => {
    await openFixture('report.txt');
  });

  it('activates on a plain-text file and contributes its commands', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is installed in the extension host`);
    await waitFor('activation', () => extension.isActive ? true : undefined);
    const commands = await vscode.commands.getCommands(true);
    const missing = CONTRIBUTED_COMMANDS.filter(command => !commands.includes(command));
    assert.deepStrictEqual(missing, [], 'every contributed command is registered');
  });

  it(`hover over ${HOVER_FIGURE} shows the normalized value ${HOVER_NORMALIZED}`, async () => {
    await waitForHover('report.txt', HOVER_FIGURE, HOVER_NORMALIZED);
  });

  describe('a percentage that contradicts its own figures', () => {
    let editor: VSCode.TextEditor;
    let diagnostic: VSCode.Diagnostic;

    before(async () => {
      editor = await openFixture('mismatch.txt');
    });

    it(`is flagged with code ${PERCENT_MISMATCH} on ${MISMATCH_FIGURE}`, async () => {
      const found = await waitFor(`a ${PERCENT_MISMATCH} diagnostic`, () =>
        diagnosticsWithCode(editor.document.uri, PERCENT_MISMATCH)[0]);
      const flaggedText = editor.document.getText(found.range);
      assert.ok(flaggedText.includes('153.0'), `the diagnostic underlines the stated percentage, not ${JSON.stringify(flaggedText)}`);
      assert.ok(found.message.trim().length > 0, 'the diagnostic has a message');
      diagnostic = found;
    });

    it(`offers a quick fix that rewrites it to ${CORRECTED_FIGURE}`, async () => {
      assert.ok(diagnostic, 'the previous test found the diagnostic');
      const actions = await vscode.commands.executeCommand<(VSCode.CodeAction | VSCode.Command)[]>(
        'vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range, undefined, RESOLVE_ACTIONS) ?? [];
      // The fix that edits the text (the other quick fix turns the rule off in settings).
      const textFixes = actions.filter((action): action is VSCode.CodeAction =>
        'kind' in action && !!action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind) && !!action.edit);
      assert.ok(textFixes.length > 0,
        `a quick fix that edits the text is offered (got: ${JSON.stringify(actions.map(action => action.title))})`);
      const fix = textFixes.find(action => action.isPreferred) ?? textFixes[0];
      assert.ok(fix.edit && await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
      if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
      const line = editor.document.lineAt(0).text;
      assert.strictEqual(line, `全年城镇新增就业完成37.17万人，为年度任务26万人的${CORRECTED_FIGURE}。`);
    });

    it('no longer flags the corrected text', async () => {
      assert.ok(editor.document.getText().includes(CORRECTED_FIGURE), 'the quick fix was applied');
      await waitFor('the diagnostic to go away', () =>
        diagnosticsWithCode(editor.document.uri, PERCENT_MISMATCH).length === 0 ? true : undefined);
    });
  });

  it('Check Workspace reports a contradiction in a file that is not open', async () => {
    // Never opened by any test: its diagnostics can only come from the workspace check.
    const uri = workspaceFile(UNOPENED_FILE);
    assert.deepStrictEqual(diagnosticsWithCode(uri, PERCENT_MISMATCH), [], 'nothing is reported before the check');
    await vscode.commands.executeCommand('statlens.checkWorkspace');
    const found = await waitFor(`a ${PERCENT_MISMATCH} diagnostic on ${UNOPENED_FILE}`, () =>
      diagnosticsWithCode(uri, PERCENT_MISMATCH)[0]);
    const line = fs.readFileSync(uri.fsPath, 'utf8').split('\n')[0];
    assert.strictEqual(line.slice(found.range.start.character, found.range.end.character), UNOPENED_FIGURE,
      'the diagnostic underlines the stated percentage');
  });

  it('Restart Server keeps answering hovers', async () => {
    await vscode.commands.executeCommand('statlens.restartServer');
    await waitForHover('report.txt', HOVER_FIGURE, HOVER_NORMALIZED);
  });

  describe(`setting statlens.rules.${PERCENT_MISMATCH}`, () => {
    let uri: VSCode.Uri;

    before(async () => {
      uri = (await openFixture('rule-setting.txt')).document.uri;
      await waitFor(`a ${PERCENT_MISMATCH} diagnostic before the setting changes`, () =>
        diagnosticsWithCode(uri, PERCENT_MISMATCH).length > 0 ? true : undefined);
    });

    after(async () => {
      await setRule(PERCENT_MISMATCH, undefined);
      // The code action below writes workspace settings (of this run's throw-away workspace copy).
      await vscode.workspace.getConfiguration('statlens')
        .update(`rules.${PERCENT_MISMATCH}`, undefined, vscode.ConfigurationTarget.Workspace);
    });

    it('to "off" removes the diagnostic', async () => {
      await setRule(PERCENT_MISMATCH, 'off');
      await waitFor('the diagnostic to go away after the setting', () =>
        diagnosticsWithCode(uri, PERCENT_MISMATCH).length === 0 ? true : undefined);
    });

    it('back to its default brings the diagnostic back', async () => {
      assert.strictEqual(diagnosticsWithCode(uri, PERCENT_MISMATCH).length, 0,
        'the diagnostic is off before the setting is reset (see the previous test)');
      await setRule(PERCENT_MISMATCH, undefined);
      await waitFor('the diagnostic to come back', () =>
        diagnosticsWithCode(uri, PERCENT_MISMATCH).length > 0 ? true : undefined);
    });

    it('is written as "off" by the diagnostic\'s "turn off rule" code action, which removes the diagnostic', async () => {
      const diagnostic = await waitFor(`a ${PERCENT_MISMATCH} diagnostic`, () => diagnosticsWithCode(uri, PERCENT_MISMATCH)[0]);
      const actions = await vscode.commands.executeCommand<(VSCode.CodeAction | VSCode.Command)[]>(
        'vscode.executeCodeActionProvider', uri, diagnostic.range, undefined, RESOLVE_ACTIONS) ?? [];
      // The action that changes settings rather than text: a command and no edit.
      const turnOff = actions.map(commandOf).find(command => command?.command === DISABLE_RULE_COMMAND);
      assert.ok(turnOff, `a "turn off rule" action is offered (got: ${JSON.stringify(actions.map(action => action.title))})`);
      await vscode.commands.executeCommand(turnOff.command, ...(turnOff.arguments ?? []));
      await waitFor('the diagnostic to go away after the action', () =>
        diagnosticsWithCode(uri, PERCENT_MISMATCH).length === 0 ? true : undefined);
      assert.strictEqual(vscode.workspace.getConfiguration('statlens', uri).get(`rules.${PERCENT_MISMATCH}`), 'off',
        'the setting a user would find in settings.json says off');
    });
  });
});
