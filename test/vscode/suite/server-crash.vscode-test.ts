// The language server crashing in a real VS Code extension host (level 2): the test kills the real server
// process with SIGKILL and checks what the user gets. The client restarts it (a new process, the findings
// come back, the status bar says it is restarting), but only 4 times within 3 minutes
// (client/src/restartPolicy.ts); the fifth crash leaves it stopped with an error notification that offers
// "Restart Server", and the status bar turns into a restart button. A server that dies during start-up, before
// it answers initialize (the test hook STATLENS_TEST_SERVER_EXITS_AT_START), gets the same treatment, and the
// language client library pops up none of its own English messages. Its tests leave a running server behind,
// so the suites after it find it running.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type * as VSCode from 'vscode';
import { describe, it, before, after } from 'mocha';
import type { StatLensApi } from '../../../client/src/extension';

// Only inside the extension host (see statlens.vscode-test.ts).
let vscode!: typeof VSCode;
try {
  vscode = require('vscode');
} catch {
  // not in VS Code
}

const FIXTURE = 'crash.txt';
const PERCENT_MISMATCH = 'percent-mismatch';
/** The flagged figure in crash.txt (52.4万 ÷ 40万 = 131.0 %, not 141.0 %). */
const FLAGGED_FIGURE = '141.0%';
const RESTART_COMMAND = 'statlens.restartServer';
/** client/src/restartPolicy.ts DEFAULT_RESTART_LIMITS: 4 automatic restarts within 3 minutes. */
const MAX_RESTARTS = 4;
const WINDOW_MINUTES = 3;
const WAIT_MS = 30_000;
/** client/src/languageClient.ts TEST_SERVER_EXITS_AT_START: while set to 1, every server exits before it answers initialize. */
const EXITS_AT_START = 'STATLENS_TEST_SERVER_EXITS_AT_START';
/** Message boxes vscode-languageclient shows on its own, in English, when a server fails to start. */
const LIBRARY_POP_UPS = [
  'Server initialization failed', "couldn't create connection to server", 'Restarting server failed',
  'Pending response rejected', 'Connection to server got closed', 'connection to server is erroring',
];

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8'));
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

/** The words the user reads, in the display language the test runs in (English or 简体中文). */
const zh = () => vscode.env.language.toLowerCase().startsWith('zh');
const text = {
  restarting: (attempt: number) => zh() ? `正在重启（第 ${attempt} 次，最多 ${MAX_RESTARTS} 次）` : `restarting it (${attempt} of ${MAX_RESTARTS})`,
  gaveUp: () => zh()
    ? `语言服务器在 ${WINDOW_MINUTES} 分钟内崩溃了 ${MAX_RESTARTS + 1} 次，不再自动重启`
    : `the language server crashed ${MAX_RESTARTS + 1} times in ${WINDOW_MINUTES} minutes and will not be restarted automatically`,
  restartButton: () => zh() ? '重启语言服务器' : 'Restart Server',
};

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

function flagged(uri: VSCode.Uri): VSCode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => {
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    return String(code) === PERCENT_MISMATCH;
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

if (vscode) describe('when the language server crashes', () => {
  let api: StatLensApi;
  let uri: VSCode.Uri;
  let document: VSCode.TextDocument;

  /** The running server's PID, checked to be the StatLens server process (Linux /proc). */
  async function runningServer(notPid?: number): Promise<number> {
    const pid = await waitFor(`a running StatLens server${notPid ? ` other than ${notPid}` : ''}`, () =>
      api.serverState === 'running' && api.serverPid !== undefined && api.serverPid !== notPid ? api.serverPid : undefined);
    const commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    assert.ok(commandLine.includes(path.join('dist', 'server.js')), `process ${pid} is the StatLens server: ${commandLine}`);
    return pid;
  }

  /** The status bar's last state number so far, and the states it showed after one. */
  const lastShown = () => api.testHooks.statusBarHistory.at(-1)?.seq ?? 0;
  const shownSince = (seq: number) => api.testHooks.statusBarHistory.filter(s => s.seq > seq);

  /** SIGKILLs the server and waits until its process is gone. */
  async function kill(pid: number): Promise<void> {
    process.kill(pid, 'SIGKILL');
    await waitFor(`process ${pid} to die`, () => isAlive(pid) ? undefined : true);
  }

  async function findingsShown(what: string): Promise<VSCode.Diagnostic> {
    const [diagnostic] = await waitFor(what, () => { const d = flagged(uri); return d.length ? d : undefined; });
    assert.strictEqual(document.getText(diagnostic.range), FLAGGED_FIGURE, 'the finding underlines the stated percentage');
    return diagnostic;
  }

  /** Restarts by hand (the policy starts over) and waits for the server and its findings. */
  async function restartByHand(): Promise<number> {
    await vscode.commands.executeCommand(RESTART_COMMAND);
    const pid = await runningServer();
    await findingsShown('the finding after Restart Server');
    return pid;
  }

  before(async () => {
    const extension = vscode.extensions.getExtension<StatLensApi>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
    api = await extension.activate();
    await api.ready;
    document = await vscode.workspace.openTextDocument(
      vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, FIXTURE));
    await vscode.window.showTextDocument(document);
    uri = document.uri;
    await runningServer();
    await findingsShown(`the ${PERCENT_MISMATCH} finding in ${FIXTURE}`);
  });

  after(async () => {
    // Leave a running server behind whatever happened above.
    if (api && api.serverState !== 'running') await restartByHand();
  });

  it('restarts a killed server: a new process, the findings come back, the status bar showed the restart', async () => {
    const pid = await restartByHand();   // a fresh crash count
    const notificationsBefore = api.testHooks.notifications.length;
    const shownBefore = lastShown();
    let cleared = false;
    const listener = vscode.languages.onDidChangeDiagnostics(e => {
      if (e.uris.some(u => u.toString() === uri.toString()) && flagged(uri).length === 0) cleared = true;
    });
    try {
      await kill(pid);
      const newPid = await runningServer(pid);
      assert.notStrictEqual(newPid, pid);
      await findingsShown('the finding from the restarted server');
      assert.ok(cleared, 'the dead server\'s findings were withdrawn before the new server reported again');
    } finally {
      listener.dispose();
    }
    assert.strictEqual(api.serverHealth.state, 'ok');
    const shown = shownSince(shownBefore);
    const restarting = shown.find(s => s.visible && s.text.includes('$(sync~spin)'));
    assert.ok(restarting, `the status bar showed the restart; it showed ${JSON.stringify(shown)}`);
    assert.ok(restarting.tooltip.includes(text.restarting(1)), `its tooltip says which restart: ${restarting.tooltip}`);
    assert.strictEqual(api.testHooks.notifications.length, notificationsBefore, 'an automatic restart pops up no notification');
    await waitFor('the status bar to show the counts again', () =>
      api.testHooks.statusBar.text.includes('$(symbol-numeric)') ? true : undefined);
  });

  it(`stops restarting after ${MAX_RESTARTS} restarts in ${WINDOW_MINUTES} minutes and tells the user`, async () => {
    let pid = await restartByHand();   // a fresh crash count
    const notificationsBefore = api.testHooks.notifications.length;
    for (let attempt = 1; attempt <= MAX_RESTARTS; attempt++) {
      await kill(pid);
      pid = await runningServer(pid);
      await findingsShown(`the finding after automatic restart ${attempt}`);
    }
    const shownBefore = lastShown();
    await kill(pid);
    await waitFor('the client to give up', () => api.serverHealth.state === 'gave-up' ? true : undefined);
    await waitFor('the language client to be stopped', () => api.serverState === 'stopped' ? true : undefined);
    assert.strictEqual(api.serverPid, undefined, 'no server process');

    const notifications = api.testHooks.notifications.slice(notificationsBefore);
    assert.strictEqual(notifications.length, 1, `one notification: ${JSON.stringify(notifications)}`);
    const [note] = notifications;
    assert.strictEqual(note.severity, 'error');
    assert.ok(note.message.includes(text.gaveUp()), `the notification says why: ${note.message}`);
    assert.ok(note.actions.includes(text.restartButton()), `it offers ${text.restartButton()}: ${JSON.stringify(note.actions)}`);

    const bar = await waitFor('the status bar to show the stopped server', () => {
      const now = api.testHooks.statusBar;
      return now.text.includes('$(error)') ? now : undefined;
    });
    assert.ok(bar.visible, 'the status bar item is visible');
    assert.strictEqual(bar.command, RESTART_COMMAND, 'clicking the status bar restarts the server');
    assert.ok(bar.tooltip.includes(text.gaveUp()), `the tooltip says why: ${bar.tooltip}`);
    assert.ok(!shownSince(shownBefore).some(s => s.text.includes('$(sync~spin)')),
      'the fifth crash is not shown as a restart');
    assert.strictEqual(flagged(uri).length, 0, 'findings from the dead server are not left behind');
  });

  it('Restart Server (the notification\'s button) brings the server and its findings back', async () => {
    assert.strictEqual(api.serverState, 'stopped', 'the previous test left the server stopped');
    await restartByHand();
    assert.strictEqual(api.serverHealth.state, 'ok');
    await waitFor('the status bar to show the counts again', () => {
      const now = api.testHooks.statusBar;
      return now.text.includes('$(symbol-numeric)') && now.command !== RESTART_COMMAND ? true : undefined;
    });
  });

  it(`handles a server that crashes during start-up the same way: ${MAX_RESTARTS} restarts, then one localized notification and no pop-up from the library`, async () => {
    await restartByHand();   // a fresh crash count
    const notificationsBefore = api.testHooks.notifications.length;
    const shownBefore = lastShown();
    // Record every message box shown from now on, StatLens's own and the language client library's (both call
    // the vscode API of this extension, which the test shares), and still show it.
    const popUps: string[] = [];
    const window = vscode.window as unknown as Record<string, (message: string, ...rest: unknown[]) => unknown>;
    const names = ['showErrorMessage', 'showWarningMessage', 'showInformationMessage'];
    const originals = names.map(name => window[name]);
    names.forEach((name, i) => {
      window[name] = (message: string, ...rest: unknown[]) => { popUps.push(String(message)); return originals[i].call(vscode.window, message, ...rest); };
    });
    try {
      process.env[EXITS_AT_START] = '1';
      try {
        await vscode.commands.executeCommand(RESTART_COMMAND);
        await waitFor('the client to give up', () => api.serverHealth.state === 'gave-up' ? true : undefined);
        await waitFor('the language client to be stopped', () => api.serverState === 'stopped' ? true : undefined);
        assert.strictEqual(api.serverPid, undefined, 'no server process');
      } finally {
        delete process.env[EXITS_AT_START];
      }
      const shown = shownSince(shownBefore);
      for (let attempt = 1; attempt <= MAX_RESTARTS; attempt++) {
        assert.ok(shown.some(s => s.visible && s.text.includes('$(sync~spin)') && s.tooltip.includes(text.restarting(attempt))),
          `the status bar showed automatic restart ${attempt}; it showed ${JSON.stringify(shown)}`);
      }
      const bar = await waitFor('the status bar to show the stopped server', () => {
        const now = api.testHooks.statusBar;
        return now.text.includes('$(error)') ? now : undefined;
      });
      assert.strictEqual(bar.command, RESTART_COMMAND, 'clicking the status bar restarts the server');
      assert.ok(bar.tooltip.includes(text.gaveUp()), `the tooltip says why: ${bar.tooltip}`);
      const notifications = api.testHooks.notifications.slice(notificationsBefore);
      assert.strictEqual(notifications.length, 1, `one notification: ${JSON.stringify(notifications)}`);
      assert.ok(notifications[0].message.includes(text.gaveUp()), `the notification says why: ${notifications[0].message}`);
      assert.ok(notifications[0].actions.includes(text.restartButton()), `it offers ${text.restartButton()}`);
      // The button's command brings a healthy server back (and gives any late pop-up time to show up).
      await restartByHand();
      assert.strictEqual(api.serverHealth.state, 'ok');
    } finally {
      names.forEach((name, i) => { window[name] = originals[i]; });
    }
    const fromLibrary = popUps.filter(message => LIBRARY_POP_UPS.some(words => message.includes(words)));
    assert.deepStrictEqual(fromLibrary, [], 'the language client library popped up none of its own English messages');
    assert.strictEqual(popUps.length, 1, `exactly one message box, StatLens's own: ${JSON.stringify(popUps)}`);
    assert.ok(popUps[0].includes(text.gaveUp()), `the message box is the localized notification: ${popUps[0]}`);
  });

  it('the server process runs with two malloc arenas, as the memory figures were measured', async () => {
    const environmentOf = (pid: number) => fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    const environment = environmentOf(await runningServer());
    const expected = `MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX ?? '2'}`;
    assert.ok(environment.includes(expected), `${expected} in the server's environment: ${environment.filter(v => v.startsWith('MALLOC')).join(' ') || 'none'}`);
  });

  it('the server keeps V8\'s code cache of its bundle in the extension\'s global storage', async () => {
    const environment = fs.readFileSync(`/proc/${await runningServer()}/environ`, 'utf8').split('\0');
    const setting = environment.find(v => v.startsWith('STATLENS_CODE_CACHE_DIR='));
    assert.ok(setting, `STATLENS_CODE_CACHE_DIR in the server's environment: ${environment.filter(v => v.startsWith('STATLENS')).join(' ') || 'none'}`);
    const directory = setting.slice('STATLENS_CODE_CACHE_DIR='.length);
    assert.ok(/statlens\.statlens[\\/]code-cache$/.test(directory), `a directory of the extension's own global storage: ${directory}`);
    // Written 10 s after a start without one, or when the server exits (the restarts of the tests above).
    const until = Date.now() + 20_000;
    const caches = () => (fs.existsSync(directory) ? fs.readdirSync(directory).filter(name => name.endsWith('.v8cache')) : []);
    while (caches().length === 0 && Date.now() < until) await new Promise(resolve => setTimeout(resolve, 250));
    assert.ok(caches().length > 0, `a code cache in ${directory}`);
  });

  it('statlens.server.optimizeForMemory restarts the server with V8 sized for memory, and back', async () => {
    const commandLineOf = (pid: number) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const config = vscode.workspace.getConfiguration('statlens');
    const before = await runningServer();
    assert.ok(!commandLineOf(before).includes('--optimize-for-size'), 'off by default');
    await config.update('server.optimizeForMemory', true, vscode.ConfigurationTarget.Global);
    try {
      const lean = await runningServer(before);
      assert.ok(commandLineOf(lean).includes('--optimize-for-size'), `the new server runs with --optimize-for-size: ${commandLineOf(lean).join(' ')}`);
      await findingsShown('the finding from the memory-optimized server');
    } finally {
      const current = api.serverPid;
      await config.update('server.optimizeForMemory', undefined, vscode.ConfigurationTarget.Global);
      if (current !== undefined) await runningServer(current);
    }
    assert.ok(!commandLineOf(await runningServer()).includes('--optimize-for-size'), 'the flag is gone once the setting is');
    await findingsShown('the finding after the setting is cleared');
  });
});
