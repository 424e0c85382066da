// test/vscode/lib/session.mjs - one sandboxed code-server + headless Chromium "session", shared by the
// extension-tests runner (level 2) and the UI test (level 3).
//
// A session owns a fresh run folder under RUNS_DIR (user data, extensions, logs, HOME/TMPDIR/XDG_*),
// a free port on 127.0.0.1, the code-server process and the browser. stop() closes the browser first
// (so the extension host is not left waiting for a reconnection) and then stops code-server's process
// tree by its explicit PID. The run folder is deleted after a passing run and kept after a failing one.
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '../../..');
// Same defaults as lib/paths.sh.
export const CACHE_DIR = path.resolve(process.env.STATLENS_VSCODE_CACHE || `${REPO_ROOT}/.cache/real-vscode`);
export const TOOLS_DIR = path.resolve(process.env.TOOLS_DIR || `${CACHE_DIR}/tools`);
export const RUNS_DIR = path.resolve(process.env.RUNS_DIR || `${CACHE_DIR}/runs`);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const START_SCRIPT = `${HERE}/start-code-server.sh`;
const KILLTREE_SCRIPT = `${HERE}/killtree.sh`;

export function loadPlaywright() {
  try {
    return createRequire(`${TOOLS_DIR}/driver/`)('playwright-core');
  } catch {
    throw new Error(`playwright-core is not installed in ${TOOLS_DIR}/driver; run test/vscode/install.sh`);
  }
}

const freePort = () => new Promise((resolve, reject) => {
  const server = net.createServer().on('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

export class Session {
  /** @param {string} kind  prefix of the run folder, e.g. 'tests' or 'ui' */
  static async create(kind) {
    fs.mkdirSync(RUNS_DIR, { recursive: true });
    const session = new Session();
    session.dir = fs.mkdtempSync(`${RUNS_DIR}/${kind}-`);
    // Unix socket paths (Chromium's SingletonSocket, VS Code's IPC) must stay below 108 bytes.
    session.tmp = `${session.dir}/tmp`.length <= 50 ? `${session.dir}/tmp` : fs.mkdtempSync('/tmp/statlens-vsc-');
    fs.mkdirSync(session.tmp, { recursive: true });
    session.port = Number(process.env.PORT || await freePort());
    session.base = `http://127.0.0.1:${session.port}`;
    session.serverEnv = { ...process.env, STATLENS_VSCODE_CACHE: CACHE_DIR, TOOLS_DIR, RUNS_DIR,
      PORT: String(session.port), RUN_TMPDIR: session.tmp };
    // Chromium writes ~/.config/chromium, ~/.cache/dconf and /tmp/org.chromium.*: same sandbox.
    session.browserEnv = { ...session.serverEnv, HOME: `${session.dir}/home`, TMPDIR: session.tmp,
      XDG_CONFIG_HOME: `${session.dir}/xdg-config`, XDG_DATA_HOME: `${session.dir}/xdg-data`,
      XDG_CACHE_HOME: `${session.dir}/xdg-cache` };
    delete session.browserEnv.XDG_RUNTIME_DIR;
    session.server = null;
    session.context = null;
    session.page = null;
    const onSignal = () => { session.stopSync(); process.exit(2); };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, onSignal);
    return session;
  }

  /** Installs a .vsix into this session's extensions folder (code-server CLI; about 1 s). */
  installVsix(vsix) {
    execFileSync('bash', [START_SCRIPT, this.dir, '--install-extension', path.resolve(vsix)],
      { env: this.serverEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Starts code-server on `folder`; resolves when /healthz answers. */
  async startServer(folder, extraArgs = []) {
    const log = fs.openSync(`${this.dir}/code-server.log`, 'a');
    this.server = spawn('bash', [START_SCRIPT, this.dir, ...extraArgs, folder],
      { env: this.serverEnv, stdio: ['ignore', log, log] });
    const deadline = Date.now() + 60_000;
    for (;;) {
      try { if ((await fetch(`${this.base}/healthz`)).ok) return; } catch { /* not listening yet */ }
      if (this.server.exitCode !== null || Date.now() > deadline) {
        throw new Error(`code-server did not come up; see ${this.dir}/code-server.log`);
      }
      await sleep(100);
    }
  }

  async openBrowser() {
    const { chromium } = loadPlaywright();
    // Playwright rejects --user-data-dir in args: a persistent context gives the profile its place.
    this.context = await chromium.launchPersistentContext(`${this.dir}/chrome-profile`, {
      executablePath: CHROMIUM, headless: true, env: this.browserEnv,
      viewport: { width: 1400, height: 900 }, locale: 'en-US',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    this.page = this.context.pages()[0] || await this.context.newPage();
    return this.page;
  }

  /** `vscode-remote://` URI of a local path, with the same authority as the page (payload URIs need it). */
  remoteUri(localPath) {
    const pathname = new URL(`file://${path.resolve(localPath)}`).pathname;
    return `vscode-remote://127.0.0.1:${this.port}${pathname}`;
  }

  /**
   * Workbench URL for `folder`. The payload (extensionDevelopmentPath, extensionTestsPath) is honoured
   * only when the server runs with --vscode-option enable-smoke-test-driver.
   */
  workbenchUrl(folder, { developmentPaths = [], testsPath } = {}) {
    let url = `${this.base}/?folder=${encodeURIComponent(path.resolve(folder))}`;
    const payload = developmentPaths.map(p => ['extensionDevelopmentPath', this.remoteUri(p)]);
    if (testsPath) payload.push(['extensionTestsPath', this.remoteUri(testsPath)]);
    if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return url;
  }

  async stop({ passed }) {
    try { await this.context?.close(); } catch { /* browser already gone */ }
    this.context = null;
    if (this.server && this.server.exitCode === null) {
      await new Promise(resolve => spawn('bash', [KILLTREE_SCRIPT, String(this.server.pid)], { stdio: 'ignore' })
        .on('close', resolve));
    }
    this.server = null;
    this.cleanupFolders(passed);
  }

  /** For signal handlers: no awaiting. The browser dies with us (Playwright kills it on exit). */
  stopSync() {
    if (this.server && this.server.exitCode === null) {
      try { execFileSync('bash', [KILLTREE_SCRIPT, String(this.server.pid)], { stdio: 'ignore' }); } catch { /* best effort */ }
    }
    this.cleanupFolders(false);
  }

  cleanupFolders(passed) {
    if (this.tmp !== `${this.dir}/tmp`) fs.rmSync(this.tmp, { recursive: true, force: true });
    if (passed && !process.env.KEEP_RUN) fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
