// test/vscode/lib/fixtures.mjs - every run works on a fresh copy of the fixture workspace: the tests
// apply quick fixes and change settings, and the repository's fixtures must stay as they are.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, RUNS_DIR } from './session.mjs';

export const FIXTURE_WORKSPACE = path.join(REPO_ROOT, 'test/vscode/fixtures/workspace');

/** Copies the fixture workspace to a new folder under RUNS_DIR and returns its path. */
export function freshWorkspace() {
  fs.mkdirSync(RUNS_DIR, { recursive: true });
  const target = path.join(fs.mkdtempSync(`${RUNS_DIR}/workspace-`), 'workspace');
  fs.cpSync(FIXTURE_WORKSPACE, target, { recursive: true });
  return target;
}
